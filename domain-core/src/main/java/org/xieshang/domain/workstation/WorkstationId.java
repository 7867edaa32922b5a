package org.xieshang.domain.workstation;

import java.util.Objects;
import java.util.UUID;
import org.xieshang.domain.shared.Ids;

/**
 * Identifies a workstation. Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record WorkstationId(UUID value) {

    /** Rejects null. */
    public WorkstationId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random identifier, never null */
    public static WorkstationId generate() {
        return new WorkstationId(UUID.randomUUID());
    }

    /**
     * @param text a UUID as text
     * @return the identifier, never null
     * @throws org.xieshang.domain.shared.DomainException if the text is not a UUID
     */
    public static WorkstationId parse(String text) {
        return new WorkstationId(Ids.parse(text, "workstationId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
