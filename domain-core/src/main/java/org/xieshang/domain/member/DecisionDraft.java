package org.xieshang.domain.member;

import java.time.LocalDate;
import java.util.Optional;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.Guard;

/**
 * A membership decision as a clerk enters it; {@link MemberRegistry} checks it against the committee
 * and turns it into a {@link MembershipDecision}. Immutable and thread-safe.
 *
 * @param kind           what the decision does, not null
 * @param termNumber     the term concerned
 * @param sectorId       the sector, for appointments and reassignments only
 * @param decidedBy      the deciding body, such as 主席会议
 * @param decidedOn      the day of the decision, not in the future
 * @param effectiveOn    the day it takes effect, within the term
 * @param grounds        the grounds (事由)
 * @param documentNumber the document reference (文号), if any
 */
public record DecisionDraft(DecisionKind kind, int termNumber, Optional<SectorId> sectorId, String decidedBy, LocalDate decidedOn,
                            LocalDate effectiveOn, String grounds, Optional<String> documentNumber) {

    /** Rejects missing optionals; the other fields are checked when the decision is made. */
    public DecisionDraft {
        Guard.required(kind, "kind");
        sectorId = sectorId == null ? Optional.empty() : sectorId;
        documentNumber = documentNumber == null ? Optional.empty() : documentNumber;
    }
}
