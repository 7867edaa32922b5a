package org.xieshang.domain.security;

import java.util.Objects;
import java.util.UUID;
import org.xieshang.domain.shared.Ids;

/**
 * Identifies a user account. Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record UserId(UUID value) {

    /** Rejects null. */
    public UserId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random identifier, never null */
    public static UserId generate() {
        return new UserId(UUID.randomUUID());
    }

    /**
     * @param text a UUID as text
     * @return the identifier, never null
     * @throws org.xieshang.domain.shared.DomainException if the text is not a UUID
     */
    public static UserId parse(String text) {
        return new UserId(Ids.parse(text, "userId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
