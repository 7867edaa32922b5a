package org.xieshang.domain.specialcommittee;

import java.util.Objects;
import java.util.UUID;
import org.xieshang.domain.shared.Ids;

/**
 * Identifies a special committee. Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record SpecialCommitteeId(UUID value) {

    /** Rejects null. */
    public SpecialCommitteeId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random identifier, never null */
    public static SpecialCommitteeId generate() {
        return new SpecialCommitteeId(UUID.randomUUID());
    }

    /**
     * @param text a UUID as text
     * @return the identifier, never null
     * @throws org.xieshang.domain.shared.DomainException if the text is not a UUID
     */
    public static SpecialCommitteeId parse(String text) {
        return new SpecialCommitteeId(Ids.parse(text, "specialCommitteeId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
