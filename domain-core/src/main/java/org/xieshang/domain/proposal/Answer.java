package org.xieshang.domain.proposal;

import java.time.LocalDate;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.shared.Guard;

/**
 * The lead unit's answer (答复) in one handling round. Immutable.
 *
 * @param round      the round, from 1
 * @param unitId     the lead unit, not null
 * @param result     the result class, not null
 * @param text       the answer, not blank, at most {@value #TEXT_MAX} characters
 * @param answeredOn the day, not null
 * @param deadline   the deadline it was due by, not null
 */
public record Answer(int round, HandlingUnitId unitId, AnswerResult result, String text, LocalDate answeredOn, LocalDate deadline) {

    /** Longest answer. */
    public static final int TEXT_MAX = 20_000;

    /** Validates every part. */
    public Answer {
        Guard.check(round >= 1, "proposal.round.invalid", "round");
        Guard.required(unitId, "unitId");
        Guard.required(result, "result");
        text = Guard.text(text, "text", TEXT_MAX);
        Guard.required(answeredOn, "answeredOn");
        Guard.required(deadline, "deadline");
    }

    /** @return whether it came by its deadline */
    public boolean onTime() {
        return !answeredOn.isAfter(deadline);
    }
}
