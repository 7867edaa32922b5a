package org.xieshang.domain.duty.discipline;

import java.util.List;
import java.util.function.Consumer;
import org.xieshang.domain.duty.RuleDefinition;

/**
 * {@value #TYPE}: every member takes part in at least {@code min} duty activities a year (000: 每年应至少组织委员参加
 * 1次履职活动). Judged once the year is over, for members who served at least {@code minimumDaysServed} days of it.
 */
final class MinimumParticipationRule implements DisciplineRule {

    static final String TYPE = "minimum-participation";

    private final RuleDefinition definition;
    private final int min;
    private final int minimumDaysServed;

    MinimumParticipationRule(RuleDefinition definition) {
        this.definition = definition;
        this.min = definition.integer("min", 1, 1, 1000);
        this.minimumDaysServed = definition.integer("minimumDaysServed", 183, 1, 366);
    }

    @Override
    public RuleDefinition definition() {
        return definition;
    }

    @Override
    public void check(MemberYear year, Consumer<FindingDraft> findings) {
        int count = year.yearFile().participationCount();
        if (year.yearIsOver() && year.daysServedInYear() >= minimumDaysServed && count < min) {
            findings.accept(new FindingDraft(FindingKind.NO_ACTIVITY, TYPE, "finding.no-activity",
                    List.of(String.valueOf(year.year()), String.valueOf(count), String.valueOf(min)), List.of()));
        }
    }
}
