package org.xieshang.domain.socialreport;

import java.util.List;
import org.xieshang.domain.duty.SourceRef;
import org.xieshang.domain.duty.SourceType;
import org.xieshang.domain.notification.Notice;
import org.xieshang.domain.notification.Recipient;

/** Who hears of a change: the report's authors whenever its status changes, except by their own submission. */
final class ReportNotices {

    private ReportNotices() {
    }

    static List<Notice> of(SocialReport before, SocialReport after) {
        ReportTransition last = after.history().get(after.history().size() - 1);
        if (before.status() == after.status() || last.action() == SocialReportAction.SUBMIT) {
            return List.of();
        }
        SourceRef source = SourceRef.of(SourceType.SOCIAL_REPORT, after.id());
        return after.authors().stream().map(member -> new Notice(after.committeeId(), Recipient.member(member), "notice.social-report.status",
                List.of(after.content().title(), after.status()), source, last.at())).toList();
    }
}
