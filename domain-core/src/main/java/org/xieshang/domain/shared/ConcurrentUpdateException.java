package org.xieshang.domain.shared;

/**
 * Optimistic locking: the aggregate was changed by someone else since the caller read it.
 * Nothing was written; the caller should reload and decide again.
 */
public class ConcurrentUpdateException extends DomainException {

    private static final long serialVersionUID = 1L;

    /**
     * @param aggregate     the aggregate kind, such as {@code member}, not null
     * @param id            its identifier, not null
     * @param expectedVersion the version the caller had read
     */
    public ConcurrentUpdateException(String aggregate, Object id, long expectedVersion) {
        super("concurrent-update", null, aggregate, String.valueOf(id), expectedVersion);
    }
}
