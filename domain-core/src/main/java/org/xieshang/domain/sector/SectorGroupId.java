package org.xieshang.domain.sector;

import java.util.Objects;
import java.util.UUID;
import org.xieshang.domain.shared.Ids;

/**
 * Identifies a sector group. Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record SectorGroupId(UUID value) {

    /** Rejects null. */
    public SectorGroupId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random identifier, never null */
    public static SectorGroupId generate() {
        return new SectorGroupId(UUID.randomUUID());
    }

    /**
     * @param text a UUID as text
     * @return the identifier, never null
     * @throws org.xieshang.domain.shared.DomainException if the text is not a UUID
     */
    public static SectorGroupId parse(String text) {
        return new SectorGroupId(Ids.parse(text, "sectorGroupId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
