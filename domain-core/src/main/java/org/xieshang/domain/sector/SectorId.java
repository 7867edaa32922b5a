package org.xieshang.domain.sector;

import java.util.Objects;
import java.util.UUID;
import org.xieshang.domain.shared.Ids;

/**
 * Identifies a sector. Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record SectorId(UUID value) {

    /** Rejects null. */
    public SectorId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random identifier, never null */
    public static SectorId generate() {
        return new SectorId(UUID.randomUUID());
    }

    /**
     * @param text a UUID as text
     * @return the identifier, never null
     * @throws org.xieshang.domain.shared.DomainException if the text is not a UUID
     */
    public static SectorId parse(String text) {
        return new SectorId(Ids.parse(text, "sectorId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
