package org.xieshang.domain.committee;

import java.util.Objects;
import java.util.UUID;
import org.xieshang.domain.shared.Ids;

/**
 * Identifies a handling unit (承办单位): a government department that answers proposals and suggestions
 * assigned to it by a committee. Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record HandlingUnitId(UUID value) {

    /** Rejects null. */
    public HandlingUnitId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random identifier, never null */
    public static HandlingUnitId generate() {
        return new HandlingUnitId(UUID.randomUUID());
    }

    /**
     * @param text a UUID as text
     * @return the identifier, never null
     * @throws org.xieshang.domain.shared.DomainException if the text is not a UUID
     */
    public static HandlingUnitId parse(String text) {
        return new HandlingUnitId(Ids.parse(text, "unitId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
