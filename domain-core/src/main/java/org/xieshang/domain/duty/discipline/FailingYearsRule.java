package org.xieshang.domain.duty.discipline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.xieshang.domain.duty.RuleDefinition;
import org.xieshang.domain.duty.scoring.AnnualScore;

/**
 * {@value #TYPE}: {@code count} failing years within one term recommend ordering the member to resign (004 §12:
 * 届内累计两年履职考核不合格，令其辞去委员). Raised in the year that reaches the count.
 */
final class FailingYearsRule implements DisciplineRule {

    static final String TYPE = "failing-years";

    private final RuleDefinition definition;
    private final int count;

    FailingYearsRule(RuleDefinition definition) {
        this.definition = definition;
        this.count = definition.integer("count", 2, 1, 5);
    }

    @Override
    public RuleDefinition definition() {
        return definition;
    }

    @Override
    public void check(MemberYear year, Consumer<FindingDraft> findings) {
        if (!year.yearIsOver() || year.score().map(AnnualScore::passed).orElse(true)) {
            return;
        }
        List<String> failedYears = new ArrayList<>();
        year.earlierScores().stream().filter(s -> !s.passed() && s.year() < year.year()).map(s -> String.valueOf(s.year())).distinct()
                .forEach(failedYears::add);
        failedYears.add(String.valueOf(year.year()));
        if (failedYears.size() >= count) {
            findings.accept(new FindingDraft(FindingKind.ORDER_TO_RESIGN, TYPE, "finding.failing-years",
                    List.of(year.term().displayName(), String.join("、", failedYears)), List.of()));
        }
    }
}
