package org.xieshang.domain.shared;

/**
 * Which page of a listing to return. Immutable and thread-safe.
 *
 * @param page zero-based page number, at least 0
 * @param size items per page, from 1 to {@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) {

    /** The largest page the domain hands out; applications may set a lower cap. */
    public static final int MAX_SIZE = 1000;

    /** Validates the bounds. */
    public PageRequest {
        Guard.check(page >= 0, "page.number.negative", "page", page);
        Guard.check(size >= 1 && size <= MAX_SIZE, "page.size.out-of-range", "size", size, MAX_SIZE);
    }

    /**
     * @param page zero-based page number
     * @param size items per page
     * @return the request, never null
     * @throws DomainException if out of range
     */
    public static PageRequest of(int page, int size) {
        return new PageRequest(page, size);
    }

    /** @return the index of the first item on this page */
    public long offset() {
        return (long) page * size;
    }
}
