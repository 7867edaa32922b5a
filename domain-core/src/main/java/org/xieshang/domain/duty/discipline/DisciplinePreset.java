package org.xieshang.domain.duty.discipline;

import java.util.List;
import org.xieshang.domain.duty.RuleDefinition;

/**
 * Ready sets of discipline rules built from the seeds. A committee picks one and may change its parameters.
 */
public enum DisciplinePreset {
    /**
     * 乐清 (004 §6, §12): new members trained in their first year and everyone within the term; a failing year brings a
     * reminder talk, two failing years in a term an order to resign; a standing member absent without reason twice in
     * a year from standing meetings is ordered to resign the standing role. Pair it with a scheme whose pass mark is 60.
     */
    YUEQING(List.of(
            RuleDefinition.of(NewMemberTrainingRule.TYPE, "withinMonths", "12"),
            RuleDefinition.of(TermTrainingRule.TYPE, "min", "1", "monthsBeforeTermEnd", "12"),
            RuleDefinition.of(FailingScoreRule.TYPE),
            RuleDefinition.of(FailingYearsRule.TYPE, "count", "2"),
            RuleDefinition.of(AbsencesPerYearRule.TYPE, "activityKind", "STANDING_COMMITTEE_MEETING", "count", "2", "standingOnly", "true",
                    "finding", "ORDER_TO_RESIGN_STANDING_ROLE"))),
    /**
     * 南昌 (000): at least one duty activity a year and one training a term; absent without approval from two consecutive
     * plenary sessions, or a standing member from two consecutive standing meetings, is asked to resign.
     */
    NANCHANG(List.of(
            RuleDefinition.of(MinimumParticipationRule.TYPE, "min", "1", "minimumDaysServed", "183"),
            RuleDefinition.of(TermTrainingRule.TYPE, "min", "1", "monthsBeforeTermEnd", "12"),
            RuleDefinition.of(ConsecutiveAbsencesRule.TYPE, "activityKind", "PLENARY_SESSION", "count", "2", "standingOnly", "false",
                    "finding", "ASK_TO_RESIGN"),
            RuleDefinition.of(ConsecutiveAbsencesRule.TYPE, "activityKind", "STANDING_COMMITTEE_MEETING", "count", "2", "standingOnly", "true",
                    "finding", "ASK_TO_RESIGN")));

    private final List<RuleDefinition> rules;

    DisciplinePreset(List<RuleDefinition> rules) {
        this.rules = rules;
    }

    /** @return the preset's rules with their parameters, never null */
    public List<RuleDefinition> rules() {
        return rules;
    }
}
