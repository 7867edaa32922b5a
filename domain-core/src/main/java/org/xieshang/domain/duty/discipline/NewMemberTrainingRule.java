package org.xieshang.domain.duty.discipline;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.RuleDefinition;
import org.xieshang.domain.member.MembershipKind;

/**
 * {@value #TYPE}: new members are trained within {@code withinMonths} months of their appointment (004 §6:
 * 新任委员当年培训). Raised once, in the year the period ends, when it has passed without training.
 */
final class NewMemberTrainingRule implements DisciplineRule {

    static final String TYPE = "new-member-training";

    private final RuleDefinition definition;
    private final int withinMonths;

    NewMemberTrainingRule(RuleDefinition definition) {
        this.definition = definition;
        this.withinMonths = definition.integer("withinMonths", 12, 1, 60);
    }

    @Override
    public RuleDefinition definition() {
        return definition;
    }

    @Override
    public void check(MemberYear year, Consumer<FindingDraft> findings) {
        if (year.membership().kind() != MembershipKind.NEW || !year.membership().status().isCurrent()) {
            return;
        }
        LocalDate since = year.membership().sinceInclusive();
        LocalDate deadline = since.plusMonths(withinMonths).minusDays(1);
        if (deadline.getYear() != year.year() || !year.asOf().isAfter(deadline)) {
            return;
        }
        for (DutyEvent training : year.termFile().events(DutyEventKind.TRAINING)) {
            if (!training.occurredOn().isBefore(since) && !training.occurredOn().isAfter(deadline)) {
                return;
            }
        }
        findings.accept(new FindingDraft(FindingKind.NEW_MEMBER_TRAINING_OVERDUE, TYPE, "finding.new-member-training",
                List.of(since.toString(), deadline.toString()), List.of()));
    }
}
