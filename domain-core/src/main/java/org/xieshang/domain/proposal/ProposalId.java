package org.xieshang.domain.proposal;

import java.util.Objects;
import java.util.UUID;
import org.xieshang.domain.shared.Ids;

/**
 * Identifies a proposal (提案). Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record ProposalId(UUID value) {

    /** Rejects null. */
    public ProposalId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random identifier, never null */
    public static ProposalId generate() {
        return new ProposalId(UUID.randomUUID());
    }

    /**
     * @param text a UUID as text
     * @return the identifier, never null
     * @throws org.xieshang.domain.shared.DomainException if the text is not a UUID
     */
    public static ProposalId parse(String text) {
        return new ProposalId(Ids.parse(text, "proposalId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
