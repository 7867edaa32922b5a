package org.xieshang.domain.activity;

import java.util.Objects;
import java.util.UUID;
import org.xieshang.domain.shared.Ids;

/**
 * Identifies a meeting or activity. Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record ActivityId(UUID value) {

    /** Rejects null. */
    public ActivityId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random identifier, never null */
    public static ActivityId generate() {
        return new ActivityId(UUID.randomUUID());
    }

    /**
     * @param text a UUID as text
     * @return the identifier, never null
     * @throws org.xieshang.domain.shared.DomainException if the text is not a UUID
     */
    public static ActivityId parse(String text) {
        return new ActivityId(Ids.parse(text, "activityId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
