package org.xieshang.domain.consultation;

import java.util.Objects;
import java.util.UUID;
import org.xieshang.domain.shared.Ids;

/**
 * Identifies a consultation topic (议题). Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record TopicId(UUID value) {

    /** Rejects null. */
    public TopicId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random identifier, never null */
    public static TopicId generate() {
        return new TopicId(UUID.randomUUID());
    }

    /**
     * @param text a UUID as text
     * @return the identifier, never null
     * @throws org.xieshang.domain.shared.DomainException if the text is not a UUID
     */
    public static TopicId parse(String text) {
        return new TopicId(Ids.parse(text, "topicId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
