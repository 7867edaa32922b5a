package org.xieshang.domain.duty.discipline;

import java.util.Objects;
import java.util.UUID;
import org.xieshang.domain.shared.Ids;

/**
 * Identifies a finding. Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record FindingId(UUID value) {

    /** Rejects null. */
    public FindingId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random identifier, never null */
    public static FindingId generate() {
        return new FindingId(UUID.randomUUID());
    }

    /**
     * @param text a UUID as text
     * @return the identifier, never null
     * @throws org.xieshang.domain.shared.DomainException if the text is not a UUID
     */
    public static FindingId parse(String text) {
        return new FindingId(Ids.parse(text, "findingId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
