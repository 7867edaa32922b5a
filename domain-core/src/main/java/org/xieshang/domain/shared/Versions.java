package org.xieshang.domain.shared;

/** The optimistic-locking check use cases make before they change what a caller read. */
public final class Versions {

    private Versions() {
    }

    /**
     * @param aggregate       the aggregate kind, such as {@code member}, not null
     * @param id              its identifier, not null
     * @param storedVersion   the version now stored
     * @param expectedVersion the version the caller read (for example from an {@code If-Match} header)
     * @throws ConcurrentUpdateException if they differ
     */
    public static void check(String aggregate, Object id, long storedVersion, long expectedVersion) {
        if (storedVersion != expectedVersion) {
            throw new ConcurrentUpdateException(aggregate, id, expectedVersion);
        }
    }
}
