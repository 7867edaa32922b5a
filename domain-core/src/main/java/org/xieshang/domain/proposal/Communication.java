package org.xieshang.domain.proposal;

import java.time.LocalDate;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.shared.Guard;

/**
 * A contact between a handling unit and the proposer, logged by the unit. Immutable.
 *
 * @param unitId  the unit, not null
 * @param phase   before, during or after handling, not null
 * @param method  how, not null
 * @param on      the day, not null
 * @param summary what was said and agreed, not blank, at most 2000 characters
 */
public record Communication(HandlingUnitId unitId, CommunicationPhase phase, CommunicationMethod method, LocalDate on, String summary) {

    /** Validates every part. */
    public Communication {
        Guard.required(unitId, "unitId");
        Guard.required(phase, "phase");
        Guard.required(method, "method");
        Guard.required(on, "on");
        summary = Guard.text(summary, "summary", 2000);
    }
}
