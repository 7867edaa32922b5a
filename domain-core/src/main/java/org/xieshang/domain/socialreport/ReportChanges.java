package org.xieshang.domain.socialreport;

import java.time.Clock;
import java.util.function.BiFunction;
import org.xieshang.domain.duty.DutyEventPublisher;
import org.xieshang.domain.notification.Notifier;
import org.xieshang.domain.proposal.Act;
import org.xieshang.domain.shared.Versions;

/**
 * Applies one change to a stored report: the version read is checked, the duty file credited, the change saved and its
 * notices sent. Credits come before the save so that a credit the duty file refuses leaves the report as it was.
 */
final class ReportChanges {

    private final SocialReports reports;
    private final ReportCredits credits;
    private final Notifier notifier;
    private final Clock clock;

    ReportChanges(SocialReports reports, DutyEventPublisher duty, Notifier notifier, Clock clock) {
        this.reports = reports;
        this.credits = new ReportCredits(duty);
        this.notifier = notifier;
        this.clock = clock;
    }

    SocialReport apply(SocialReportId id, long expectedVersion, String actor, BiFunction<SocialReport, Act, SocialReport> change) {
        SocialReport before = reports.require(id);
        Versions.check("social-report", id, before.version(), expectedVersion);
        Act act = act(actor);
        SocialReport after = change.apply(before, act);
        credits.after(after, act.on());
        SocialReport saved = reports.save(after);
        ReportNotices.of(before, saved).forEach(notifier::send);
        return saved;
    }

    /** Saves a report made outside the member's desk, already handed in (a converted proposal), with its credit. */
    SocialReport create(SocialReport submitted, Act act) {
        credits.after(submitted, act.on());
        return reports.save(submitted);
    }

    Act act(String actor) {
        return Act.now(actor, clock);
    }

    SocialReports reports() {
        return reports;
    }
}
