package org.xieshang.domain.consultation;

import java.util.Objects;
import java.util.UUID;
import org.xieshang.domain.shared.Ids;

/**
 * Identifies a consultation activity. Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record ConsultationActivityId(UUID value) {

    /** Rejects null. */
    public ConsultationActivityId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random identifier, never null */
    public static ConsultationActivityId generate() {
        return new ConsultationActivityId(UUID.randomUUID());
    }

    /**
     * @param text a UUID as text
     * @return the identifier, never null
     * @throws org.xieshang.domain.shared.DomainException if the text is not a UUID
     */
    public static ConsultationActivityId parse(String text) {
        return new ConsultationActivityId(Ids.parse(text, "activityId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
