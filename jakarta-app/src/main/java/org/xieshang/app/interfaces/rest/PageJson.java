package org.xieshang.app.interfaces.rest;

import java.util.List;
import java.util.function.Function;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/**
 * A page of a listing.
 *
 * @param items         the items on the page
 * @param page          zero-based page number
 * @param size          page size asked for
 * @param totalElements items in the whole listing
 * @param totalPages    pages in the whole listing
 * @param <T>           item type
 */
public record PageJson<T>(List<T> items, int page, int size, long totalElements, int totalPages) {

    static <D, T> PageJson<T> of(Page<D> page, Function<D, T> mapper) {
        return new PageJson<>(page.items().stream().map(mapper).toList(), page.request().page(), page.request().size(),
                page.totalElements(), page.totalPages());
    }

    /** Pages a short list that storage hands back whole (sectors, groups, committees). */
    static <D, T> PageJson<T> of(List<D> all, PageRequest request, Function<D, T> mapper) {
        List<D> items = all.stream().skip(request.offset()).limit(request.size()).toList();
        return of(new Page<>(items, request, all.size()), mapper);
    }
}
