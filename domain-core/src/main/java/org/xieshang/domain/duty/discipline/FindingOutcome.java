package org.xieshang.domain.duty.discipline;

import java.util.Optional;
import org.xieshang.domain.member.DecisionKind;

/** What staff decided on a finding. Outcomes that change a membership link to the recorded membership decision. */
public enum FindingOutcome {
    /** 已约谈提醒. */
    REMINDER_TALK_HELD(null),
    /** 已提醒培训或履职. */
    REMINDED(null),
    /** 警告. */
    WARNED(null),
    /** 劝其辞去委员. */
    ASKED_TO_RESIGN(DecisionKind.ASKED_TO_RESIGN),
    /** 责令辞去委员. */
    ORDERED_TO_RESIGN(DecisionKind.ORDERED_TO_RESIGN),
    /** 责令辞去常委职务. */
    STANDING_ROLE_ENDED(DecisionKind.STANDING_ORDERED_TO_RESIGN),
    /** 不予处理 (with the reason). */
    NO_ACTION(null);

    private final DecisionKind membershipDecision;

    FindingOutcome(DecisionKind membershipDecision) {
        this.membershipDecision = membershipDecision;
    }

    /** @return the kind of membership decision this outcome rests on, if it changes the membership */
    public Optional<DecisionKind> membershipDecision() {
        return Optional.ofNullable(membershipDecision);
    }
}
