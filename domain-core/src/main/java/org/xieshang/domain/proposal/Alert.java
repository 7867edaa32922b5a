package org.xieshang.domain.proposal;

import java.time.LocalDate;
import java.util.Optional;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.shared.Guard;

/**
 * A finding on one proposal. Immutable.
 *
 * @param proposalId the proposal, not null
 * @param kind       what needs attention, not null
 * @param unitId     the unit concerned, if one is
 * @param dueOn      the day that matters (deadline, assignment or answer day), not null
 */
public record Alert(ProposalId proposalId, AlertKind kind, Optional<HandlingUnitId> unitId, LocalDate dueOn) {

    /** Rejects nulls. */
    public Alert {
        Guard.required(proposalId, "proposalId");
        Guard.required(kind, "kind");
        Guard.required(unitId, "unitId");
        Guard.required(dueOn, "dueOn");
    }
}
