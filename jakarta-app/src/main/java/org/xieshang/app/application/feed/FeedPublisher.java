package org.xieshang.app.application.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import org.xieshang.app.application.outcome.OutcomeView;
import org.xieshang.app.application.outcome.OutcomeViews;
import org.xieshang.app.application.proposal.ProposalView;
import org.xieshang.app.application.proposal.ProposalViews;
import org.xieshang.app.application.socialreport.SocialReportView;
import org.xieshang.app.application.socialreport.SocialReportViews;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.outcome.TrackedOutcome;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalAction;
import org.xieshang.domain.proposal.ProposalStatus;
import org.xieshang.domain.proposal.UnitTask;
import org.xieshang.domain.socialreport.SocialReport;
import org.xieshang.domain.socialreport.SocialReportAction;
import org.xieshang.domain.socialreport.SocialReportStatus;

/**
 * Puts changes into the change feed inside the change's transaction. A proposal or a social-condition report enters the
 * feed when it is submitted; a draft is its writer's own. One returned for revision or withdrawn leaves it with a
 * tombstone, and comes back in full if submitted again. A consultation's outcome report enters it when handed over,
 * and again at each change of it or of one of its suggestions.
 */
@ApplicationScoped
public class FeedPublisher {

    /** The feed's item type for proposals. */
    public static final String PROPOSAL = "proposal";
    /** The feed's item type for social-condition reports. */
    public static final String SOCIAL_REPORT = "social-report";
    /** The feed's item type for consultation outcome reports, each with its suggestions as followed up. */
    public static final String OUTCOME = "outcome";

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ChangeFeed feed;

    @Inject
    ProposalViews views;

    @Inject
    OutcomeViews outcomeViews;

    @Inject
    SocialReportViews reportViews;

    @Inject
    Clock clock;

    /** @param proposal the proposal as just saved, not null */
    public void proposal(Proposal proposal) {
        boolean everSubmitted = proposal.history().stream().anyMatch(t -> t.action() == ProposalAction.SUBMIT);
        if (!everSubmitted) {
            return;
        }
        boolean gone = proposal.status() == ProposalStatus.DRAFT || proposal.status() == ProposalStatus.WITHDRAWN;
        String payload = gone ? null : JSON.toJson(views.of(proposal), ProposalView.class);
        Set<HandlingUnitId> units = proposal.handling().stream().flatMap(h -> h.tasks().stream()).map(UnitTask::unitId).collect(Collectors.toSet());
        feed.append(proposal.committeeId(), PROPOSAL, proposal.id().toString(), proposal.version(), payload, clock.instant(), units);
    }

    /** @param report the social-condition report as just saved, not null */
    public void socialReport(SocialReport report) {
        if (report.timesDone(SocialReportAction.SUBMIT) == 0) {
            return;
        }
        boolean gone = report.status() == SocialReportStatus.DRAFT || report.status() == SocialReportStatus.WITHDRAWN;
        String payload = gone ? null : JSON.toJson(reportViews.of(report), SocialReportView.class);
        feed.append(report.committeeId(), SOCIAL_REPORT, report.id().toString(), report.version(), payload, clock.instant(), Set.of());
    }

    /** @param outcome the outcome report as just saved, not null; every save enters the feed, none is ever removed */
    public void outcome(TrackedOutcome outcome) {
        String payload = JSON.toJson(outcomeViews.of(outcome), OutcomeView.class);
        feed.append(outcome.committeeId(), OUTCOME, outcome.activityId().toString(), outcome.version(), payload, clock.instant(), Set.of());
    }
}
