package org.xieshang.domain.audit;

import java.util.Objects;

/**
 * An audit entry sealed into the chain: its place in the sequence, the hash of the record before it, and its
 * own hash over both. Immutable and thread-safe.
 *
 * @param sequence     position in the trail, from 1 without gaps
 * @param entry        what happened, not null
 * @param previousHash hash of the record before ({@link AuditChain#GENESIS} for the first), not null
 * @param hash         this record's hash, not null
 */
public record AuditRecord(long sequence, AuditEntry entry, String previousHash, String hash) {

    /** Rejects nulls. */
    public AuditRecord {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }
}
