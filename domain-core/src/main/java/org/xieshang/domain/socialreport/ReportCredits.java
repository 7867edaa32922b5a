package org.xieshang.domain.socialreport;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.xieshang.domain.duty.DutyEventDraft;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.DutyEventPublisher;
import org.xieshang.domain.duty.SourceRef;
import org.xieshang.domain.duty.SourceType;

/**
 * What a social-condition report puts into its submitter's duty file, through the duty-event port: the first
 * submission, the adoption, the first upward report and the first leader's instruction, each once; a withdrawal takes
 * the report's events back. Co-authors are named on the report but not credited: the duty file has no co-author kind
 * for reports, and the submitter's kinds would count a co-signature as much as the writing.
 */
final class ReportCredits {

    private static final Map<SocialReportAction, DutyEventKind> CREDITED = credited();

    private final DutyEventPublisher duty;

    ReportCredits(DutyEventPublisher duty) {
        this.duty = duty;
    }

    /**
     * @param changed the report after its latest action, not yet saved
     * @param today   the committee's day of the action
     */
    void after(SocialReport changed, LocalDate today) {
        SocialReportAction action = changed.history().get(changed.history().size() - 1).action();
        SourceRef source = SourceRef.of(SourceType.SOCIAL_REPORT, changed.id());
        if (action == SocialReportAction.WITHDRAW) {
            duty.withdraw(changed.submitter(), source);
            return;
        }
        DutyEventKind kind = CREDITED.get(action);
        if (kind != null && changed.timesDone(action) == 1) {
            duty.publish(new DutyEventDraft(changed.committeeId(), changed.submitter(), kind, day(changed, action, today), source,
                    changed.content().title()));
        }
    }

    /** The day the credited fact happened: an upward report or an instruction may be recorded after the day it took place. */
    private static LocalDate day(SocialReport report, SocialReportAction action, LocalDate today) {
        return switch (action) {
            case REPORT_UPWARD -> report.upwardReports().get(report.upwardReports().size() - 1).reportedOn();
            case RECORD_INSTRUCTION -> report.instructions().get(report.instructions().size() - 1).givenOn();
            default -> today;
        };
    }

    private static Map<SocialReportAction, DutyEventKind> credited() {
        Map<SocialReportAction, DutyEventKind> credited = new EnumMap<>(SocialReportAction.class);
        credited.put(SocialReportAction.SUBMIT, DutyEventKind.REPORT_SUBMITTED);
        credited.put(SocialReportAction.ADOPT, DutyEventKind.REPORT_ADOPTED);
        credited.put(SocialReportAction.REPORT_UPWARD, DutyEventKind.REPORT_FORWARDED_UPWARD);
        credited.put(SocialReportAction.RECORD_INSTRUCTION, DutyEventKind.REPORT_INSTRUCTED);
        return credited;
    }
}
