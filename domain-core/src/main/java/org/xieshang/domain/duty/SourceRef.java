package org.xieshang.domain.duty;

import org.xieshang.domain.shared.Guard;

/**
 * Points from a duty event to the record it comes from, so that every point in a score can be followed back
 * to its evidence. Immutable and thread-safe.
 *
 * @param type      the kind of record, not null
 * @param reference the record's key in its module (a UUID for ours), not blank, at most {@value #REFERENCE_MAX} characters
 */
public record SourceRef(SourceType type, String reference) {

    /** Longest reference. */
    public static final int REFERENCE_MAX = 100;

    /** Validates both parts. */
    public SourceRef {
        Guard.required(type, "sourceType");
        reference = Guard.text(reference, "sourceReference", REFERENCE_MAX);
    }

    /**
     * @param type      the kind of record, not null
     * @param reference its key, not null
     * @return the reference, never null
     */
    public static SourceRef of(SourceType type, Object reference) {
        return new SourceRef(type, String.valueOf(reference));
    }

    @Override
    public String toString() {
        return type + ":" + reference;
    }
}
