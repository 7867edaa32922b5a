package org.xieshang.domain.proposal;

import java.time.LocalDate;
import java.util.Optional;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.shared.Guard;

/**
 * One unit's assignment: its role, when it acknowledged receipt (签收), and its countersign. Immutable.
 *
 * @param unitId         the unit, not null
 * @param role           lead or co-handling, not null
 * @param acknowledgedOn when it acknowledged, if it has
 * @param countersign    its latest countersign, co-handling units only
 */
public record UnitTask(HandlingUnitId unitId, UnitRole role, Optional<LocalDate> acknowledgedOn, Optional<Countersign> countersign) {

    /** Validates every part. */
    public UnitTask {
        Guard.required(unitId, "unitId");
        Guard.required(role, "role");
        Guard.required(acknowledgedOn, "acknowledgedOn");
        Guard.required(countersign, "countersign");
        Guard.check(role == UnitRole.CO_HANDLING || countersign.isEmpty(), "proposal.countersign.lead", "countersign");
    }

    static UnitTask assigned(HandlingUnitId unitId, UnitRole role) {
        return new UnitTask(unitId, role, Optional.empty(), Optional.empty());
    }

    UnitTask acknowledge(LocalDate on) {
        Guard.check(acknowledgedOn.isEmpty(), "proposal.acknowledged-already", "unitId");
        return new UnitTask(unitId, role, Optional.of(on), countersign);
    }

    UnitTask countersign(Countersign sign) {
        return new UnitTask(unitId, role, acknowledgedOn, Optional.of(sign));
    }

    /**
     * @param round a handling round
     * @return whether this co-handling unit has countersigned in that round
     */
    public boolean hasCountersigned(int round) {
        return countersign.filter(c -> c.round() == round).isPresent();
    }
}
