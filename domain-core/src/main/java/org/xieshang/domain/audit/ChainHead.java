package org.xieshang.domain.audit;

import java.util.Objects;

/**
 * The last record of the trail as its storage remembers it apart from the records, so that removing records
 * from the end is detected too. Immutable and thread-safe.
 *
 * @param sequence the last sequence number, 0 for an empty trail
 * @param hash     the last record's hash ({@link AuditChain#GENESIS} for an empty trail), not null
 */
public record ChainHead(long sequence, String hash) {

    /** Rejects null. */
    public ChainHead {
        Objects.requireNonNull(hash, "hash");
    }

    /** @return the head of an empty trail, never null */
    public static ChainHead empty() {
        return new ChainHead(0, AuditChain.GENESIS);
    }
}
