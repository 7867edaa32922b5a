package org.xieshang.domain.liaison;

import java.util.Objects;
import java.util.UUID;
import org.xieshang.domain.shared.Ids;

/**
 * Identifies a liaison group. Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record LiaisonGroupId(UUID value) {

    /** Rejects null. */
    public LiaisonGroupId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random identifier, never null */
    public static LiaisonGroupId generate() {
        return new LiaisonGroupId(UUID.randomUUID());
    }

    /**
     * @param text a UUID as text
     * @return the identifier, never null
     * @throws org.xieshang.domain.shared.DomainException if the text is not a UUID
     */
    public static LiaisonGroupId parse(String text) {
        return new LiaisonGroupId(Ids.parse(text, "liaisonGroupId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
