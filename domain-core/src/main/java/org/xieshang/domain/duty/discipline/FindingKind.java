package org.xieshang.domain.duty.discipline;

import java.util.Optional;
import org.xieshang.domain.member.DecisionKind;

/** What a discipline rule finds, and the membership decision it may lead to. */
public enum FindingKind {
    /** 全年未参加履职活动 (000: 每年至少参加1次履职活动). */
    NO_ACTIVITY(null),
    /** 届内未参加培训 (000: 每届至少培训1次; 004 §6: 届内全员轮训). */
    TRAINING_OVERDUE(null),
    /** 新任委员当年未培训 (004 §6). */
    NEW_MEMBER_TRAINING_OVERDUE(null),
    /** 年度考核不合格，约谈提醒 (004 §12). */
    REMINDER_TALK(null),
    /** 届内两年考核不合格，建议责令辞去委员 (004 §12). */
    ORDER_TO_RESIGN(DecisionKind.ORDERED_TO_RESIGN),
    /** 连续缺席，建议劝其辞去委员 (000). */
    ASK_TO_RESIGN(DecisionKind.ASKED_TO_RESIGN),
    /** 常委一年两次无故缺席常委会议，建议责令辞去常委职务 (004 §12). */
    ORDER_TO_RESIGN_STANDING_ROLE(DecisionKind.STANDING_ORDERED_TO_RESIGN);

    private final DecisionKind recommendedDecision;

    FindingKind(DecisionKind recommendedDecision) {
        this.recommendedDecision = recommendedDecision;
    }

    /** @return the membership decision the finding recommends, if it recommends one */
    public Optional<DecisionKind> recommendedDecision() {
        return Optional.ofNullable(recommendedDecision);
    }
}
