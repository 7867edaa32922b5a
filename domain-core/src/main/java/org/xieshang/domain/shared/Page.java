package org.xieshang.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing. Immutable and thread-safe if its items are.
 *
 * @param items         the items on this page, in order; never null
 * @param request       the request that produced this page, never null
 * @param totalElements how many items the whole listing has
 * @param <T>           the item type
 */
public record Page<T>(List<T> items, PageRequest request, long totalElements) {

    /** Copies the items. */
    public Page {
        items = List.copyOf(items);
    }

    /**
     * @param all     the whole listing, in order; not null
     * @param request which page, not null
     * @param <T>     the item type
     * @return that page of the listing, never null
     */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        return new Page<>(all.stream().skip(request.offset()).limit(request.size()).toList(), request, all.size());
    }

    /**
     * Reads a paged search to its end with pages of the largest size, for callers that need the whole listing (a
     * member's own items, a roster). The search's own ordering and read rules still hold.
     *
     * @param search answers one page of the listing, not null
     * @param <T>    the item type
     * @return every item of the listing, in order, never null
     */
    public static <T> List<T> all(Function<PageRequest, Page<T>> search) {
        List<T> all = new ArrayList<>();
        Page<T> page;
        int number = 0;
        do {
            page = search.apply(PageRequest.of(number++, PageRequest.MAX_SIZE));
            all.addAll(page.items());
        } while (page.hasNext());
        return List.copyOf(all);
    }

    /** @return the number of pages, at least 1 */
    public int totalPages() {
        return (int) Math.max(1, (totalElements + request.size() - 1) / request.size());
    }

    /** @return whether a page follows this one */
    public boolean hasNext() {
        return request.page() + 1 < totalPages();
    }

    /**
     * @param mapper converts each item, not null
     * @param <R>    the new item type
     * @return the same page with converted items, never null
     */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), request, totalElements);
    }
}
