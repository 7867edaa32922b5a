package org.xieshang.domain.duty;

import java.util.Objects;
import java.util.UUID;
import org.xieshang.domain.shared.Ids;

/**
 * Identifies a duty event. Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record DutyEventId(UUID value) {

    /** Rejects null. */
    public DutyEventId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random identifier, never null */
    public static DutyEventId generate() {
        return new DutyEventId(UUID.randomUUID());
    }

    /**
     * @param text a UUID as text
     * @return the identifier, never null
     * @throws org.xieshang.domain.shared.DomainException if the text is not a UUID
     */
    public static DutyEventId parse(String text) {
        return new DutyEventId(Ids.parse(text, "eventId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
