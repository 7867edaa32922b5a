package org.xieshang.domain.member;

import java.util.Objects;
import java.util.UUID;
import org.xieshang.domain.shared.Ids;

/**
 * Identifies a decision. Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record DecisionId(UUID value) {

    /** Rejects null. */
    public DecisionId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random identifier, never null */
    public static DecisionId generate() {
        return new DecisionId(UUID.randomUUID());
    }

    /**
     * @param text a UUID as text
     * @return the identifier, never null
     * @throws org.xieshang.domain.shared.DomainException if the text is not a UUID
     */
    public static DecisionId parse(String text) {
        return new DecisionId(Ids.parse(text, "decisionId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
