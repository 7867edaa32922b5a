package org.xieshang.domain.duty.discipline;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.RuleDefinition;

/**
 * {@value #TYPE}: every member is trained at least {@code min} times in the term (000: 每届对委员至少培训1次; 004 §6:
 * 届内全员轮训). Raised for the years within {@code monthsBeforeTermEnd} months of the term's end, while there is
 * still time to train.
 */
final class TermTrainingRule implements DisciplineRule {

    static final String TYPE = "term-training";

    private final RuleDefinition definition;
    private final int min;
    private final int monthsBeforeTermEnd;

    TermTrainingRule(RuleDefinition definition) {
        this.definition = definition;
        this.min = definition.integer("min", 1, 1, 100);
        this.monthsBeforeTermEnd = definition.integer("monthsBeforeTermEnd", 12, 1, 60);
    }

    @Override
    public RuleDefinition definition() {
        return definition;
    }

    @Override
    public void check(MemberYear year, Consumer<FindingDraft> findings) {
        LocalDate windowStart = year.term().endInclusive().minusMonths(monthsBeforeTermEnd);
        boolean inWindow = !year.asOf().isBefore(windowStart) && !LocalDate.of(year.year(), 12, 31).isBefore(windowStart);
        int trained = year.termFile().count(DutyEventKind.TRAINING);
        if (inWindow && year.membership().status().isCurrent() && trained < min) {
            findings.accept(new FindingDraft(FindingKind.TRAINING_OVERDUE, TYPE, "finding.training-overdue",
                    List.of(year.term().displayName(), String.valueOf(trained), String.valueOf(min)), List.of()));
        }
    }
}
