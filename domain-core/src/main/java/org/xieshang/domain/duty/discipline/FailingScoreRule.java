package org.xieshang.domain.duty.discipline;

import java.util.List;
import java.util.function.Consumer;
import org.xieshang.domain.duty.RuleDefinition;

/** {@value #TYPE}: a year's score below the scheme's pass mark brings a reminder talk (004 §12: 约谈提醒), once the year is over. */
final class FailingScoreRule implements DisciplineRule {

    static final String TYPE = "failing-score";

    private final RuleDefinition definition;

    FailingScoreRule(RuleDefinition definition) {
        this.definition = definition;
    }

    @Override
    public RuleDefinition definition() {
        return definition;
    }

    @Override
    public void check(MemberYear year, Consumer<FindingDraft> findings) {
        // A year is judged once it is over: a score in March is not yet a failing year.
        year.score().filter(score -> year.yearIsOver() && !score.passed()).ifPresent(score -> findings.accept(new FindingDraft(FindingKind.REMINDER_TALK, TYPE,
                "finding.failing-score", List.of(String.valueOf(year.year()), score.total().toString(), score.grade()), List.of())));
    }
}
