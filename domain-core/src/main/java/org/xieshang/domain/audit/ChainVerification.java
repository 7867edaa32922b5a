package org.xieshang.domain.audit;

import java.util.Objects;

/**
 * The result of checking the audit chain. Immutable and thread-safe.
 *
 * @param problem          what was found, {@link Problem#NONE} if the chain is intact; not null
 * @param recordsChecked   how many records were read
 * @param brokenAtSequence the first sequence number where the chain breaks, 0 if intact
 */
public record ChainVerification(Problem problem, long recordsChecked, long brokenAtSequence) {

    /** What can be wrong with a chain. */
    public enum Problem {
        /** Every record is there and unchanged. */
        NONE,
        /** A record's content or hash does not match its hash chain: it was changed. */
        ALTERED,
        /** A sequence number is missing: a record was removed. */
        MISSING,
        /** Records at the end were removed: the trail ends before its recorded head. */
        TRUNCATED
    }

    /** Rejects null. */
    public ChainVerification {
        Objects.requireNonNull(problem, "problem");
    }

    /** @return whether the chain is intact */
    public boolean intact() {
        return problem == Problem.NONE;
    }
}
