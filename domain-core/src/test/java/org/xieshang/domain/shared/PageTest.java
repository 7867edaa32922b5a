package org.xieshang.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageTest {

    @ParameterizedTest(name = "page {0}, size {1}")
    @CsvSource({"0, 1", "0, 1000", "7, 20"})
    void a_page_request_within_bounds_is_accepted(int page, int size) {
        PageRequest request = PageRequest.of(page, size);

        assertThat(request.offset()).isEqualTo((long) page * size);
    }

    @ParameterizedTest(name = "page {0}, size {1} → {2}")
    @CsvSource({
            "-1, 20, page.number.negative, page",
            "0, 0, page.size.out-of-range, size",
            "0, -5, page.size.out-of-range, size",
            "0, 1001, page.size.out-of-range, size"})
    void a_page_request_out_of_bounds_is_refused(int page, int size, String code, String field) {
        assertThatThrownBy(() -> PageRequest.of(page, size))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.field()).contains(field);
                });
    }

    @Test
    void the_offset_of_a_far_page_does_not_overflow() {
        assertThat(PageRequest.of(Integer.MAX_VALUE, PageRequest.MAX_SIZE).offset()).isEqualTo((long) Integer.MAX_VALUE * 1000);
    }

    @ParameterizedTest(name = "{0} items, size {1}, page {2} → {3} pages, next: {4}")
    @CsvSource({
            "0, 10, 0, 1, false",
            "1, 10, 0, 1, false",
            "10, 10, 0, 1, false",
            "11, 10, 0, 2, true",
            "11, 10, 1, 2, false",
            "25, 10, 1, 3, true",
            "25, 10, 2, 3, false",
            "5, 2, 0, 3, true",
            "4, 2, 1, 2, false"})
    void total_pages_and_has_next_follow_from_the_total_and_the_page_size(long total, int size, int page, int pages, boolean hasNext) {
        Page<String> result = new Page<>(List.of(), PageRequest.of(page, size), total);

        assertThat(result.totalPages()).isEqualTo(pages);
        assertThat(result.hasNext()).isEqualTo(hasNext);
    }

    @Test
    void a_page_copies_its_items_and_maps_them_keeping_request_and_total() {
        List<String> items = new ArrayList<>(List.of("一", "二"));
        Page<String> page = new Page<>(items, PageRequest.of(1, 2), 5);
        items.add("三");

        Page<Integer> lengths = page.map(String::length);

        assertThat(page.items()).containsExactly("一", "二");
        assertThatThrownBy(() -> page.items().add("四")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(lengths.items()).containsExactly(1, 1);
        assertThat(lengths.request()).isEqualTo(page.request());
        assertThat(lengths.totalElements()).isEqualTo(5);
    }

    @Test
    void reading_all_pages_asks_page_after_page_of_the_largest_size_until_the_last() {
        List<Integer> listing = IntStream.range(0, 2 * PageRequest.MAX_SIZE + 3).boxed().toList();
        List<PageRequest> asked = new ArrayList<>();

        List<Integer> all = Page.all(request -> {
            asked.add(request);
            return Page.of(listing, request);
        });

        assertThat(all).isEqualTo(listing);
        assertThat(asked).extracting(PageRequest::page).containsExactly(0, 1, 2);
        assertThat(asked).extracting(PageRequest::size).containsOnly(PageRequest.MAX_SIZE);
    }

    @Test
    void reading_all_of_an_empty_listing_asks_once() {
        List<PageRequest> asked = new ArrayList<>();

        assertThat(Page.<String>all(request -> {
            asked.add(request);
            return Page.of(List.of(), request);
        })).isEmpty();
        assertThat(asked).hasSize(1);
    }
}
