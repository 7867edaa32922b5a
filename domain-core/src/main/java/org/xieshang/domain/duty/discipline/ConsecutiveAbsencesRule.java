package org.xieshang.domain.duty.discipline;

import java.util.ArrayList;
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
 * {@value #TYPE}: absent without approval from {@code count} consecutive meetings of one {@code activityKind} the
 * member had to attend (000: 未经批准连续2次缺席政协全体会议、常委连续2次缺席常务委员会会议，劝其辞去委员). An attended
 * or excused meeting breaks the run. With {@code standingOnly}, only meetings while the member was a standing
 * member count. Raised in the year the run is completed.
 */
final class ConsecutiveAbsencesRule implements DisciplineRule {

    static final String TYPE = "consecutive-absences";

    private final RuleDefinition definition;
    private final ActivityKind activityKind;
    private final int count;
    private final boolean standingOnly;
    private final FindingKind finding;

    ConsecutiveAbsencesRule(RuleDefinition definition) {
        this.definition = definition;
        this.activityKind = definition.constant("activityKind", ActivityKind.class);
        this.count = definition.integer("count", 2, 1, 10);
        this.standingOnly = definition.bool("standingOnly", false);
        this.finding = definition.text("finding").isPresent() ? definition.constant("finding", FindingKind.class) : FindingKind.ASK_TO_RESIGN;
    }

    @Override
    public RuleDefinition definition() {
        return definition;
    }

    @Override
    public void check(MemberYear year, Consumer<FindingDraft> findings) {
        List<AttendanceFact> run = new ArrayList<>();
        List<AttendanceFact> found = null;
        for (AttendanceFact fact : year.attendance()) {
            if (fact.kind() != activityKind || !fact.obligatory() || fact.attendance() == Attendance.NOT_RECORDED
                    || (standingOnly && !fact.standing())) {
                continue;
            }
            if (fact.attendance() != Attendance.UNEXCUSED) {
                run.clear();
                continue;
            }
            run.add(fact);
            if (run.size() >= count && fact.day().getYear() == year.year() && found == null) {
                found = List.copyOf(run.subList(run.size() - count, run.size()));
            }
        }
        if (found != null) {
            List<String> titles = found.stream().map(f -> f.day() + " " + f.title()).toList();
            findings.accept(new FindingDraft(finding, TYPE, "finding.consecutive-absences",
                    List.of(String.valueOf(count), DomainMessages.label(activityKind, Locale.CHINESE), String.join("；", titles)),
                    found.stream().map(f -> SourceRef.of(SourceType.ACTIVITY, f.activityId())).toList()));
        }
    }
}
