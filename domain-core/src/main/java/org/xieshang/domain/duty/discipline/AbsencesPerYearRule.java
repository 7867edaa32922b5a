package org.xieshang.domain.duty.discipline;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.xieshang.domain.activity.ActivityKind;
import org.xieshang.domain.activity.Attendance;
import org.xieshang.domain.duty.RuleDefinition;
import org.xieshang.domain.duty.SourceRef;
import org.xieshang.domain.duty.SourceType;
import org.xieshang.domain.shared.DomainMessages;

/**
 * {@value #TYPE}: absent without reason {@code count} times in one year from meetings of one {@code activityKind}
 * (004 §12: 常委一年中无故2次不出席常委会议，责令其辞去常委职务). With {@code standingOnly} (the default), only meetings
 * while the member was a standing member count.
 */
final class AbsencesPerYearRule implements DisciplineRule {

    static final String TYPE = "absences-per-year";

    private final RuleDefinition definition;
    private final ActivityKind activityKind;
    private final int count;
    private final boolean standingOnly;
    private final FindingKind finding;

    AbsencesPerYearRule(RuleDefinition definition) {
        this.definition = definition;
        this.activityKind = definition.constant("activityKind", ActivityKind.class);
        this.count = definition.integer("count", 2, 1, 20);
        this.standingOnly = definition.bool("standingOnly", true);
        this.finding = definition.text("finding").isPresent() ? definition.constant("finding", FindingKind.class)
                : FindingKind.ORDER_TO_RESIGN_STANDING_ROLE;
    }

    @Override
    public RuleDefinition definition() {
        return definition;
    }

    @Override
    public void check(MemberYear year, Consumer<FindingDraft> findings) {
        List<AttendanceFact> absences = year.attendance().stream()
                .filter(f -> f.kind() == activityKind && f.obligatory() && f.attendance() == Attendance.UNEXCUSED && f.day().getYear() == year.year())
                .filter(f -> !standingOnly || f.standing())
                .toList();
        if (absences.size() >= count) {
            findings.accept(new FindingDraft(finding, TYPE, "finding.absences-per-year",
                    List.of(String.valueOf(year.year()), DomainMessages.label(activityKind, Locale.CHINESE), String.valueOf(absences.size()),
                            String.join("；", absences.stream().map(f -> f.day() + " " + f.title()).toList())),
                    absences.stream().map(f -> SourceRef.of(SourceType.ACTIVITY, f.activityId())).toList()));
        }
    }
}
