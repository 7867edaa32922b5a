package org.xieshang.domain.committee;

import java.util.Objects;
import java.util.UUID;
import org.xieshang.domain.shared.Ids;

/**
 * Identifies a committee. Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record CommitteeId(UUID value) {

    /** Rejects null. */
    public CommitteeId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random identifier, never null */
    public static CommitteeId generate() {
        return new CommitteeId(UUID.randomUUID());
    }

    /**
     * @param text a UUID as text
     * @return the identifier, never null
     * @throws org.xieshang.domain.shared.DomainException if the text is not a UUID
     */
    public static CommitteeId parse(String text) {
        return new CommitteeId(Ids.parse(text, "committeeId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
