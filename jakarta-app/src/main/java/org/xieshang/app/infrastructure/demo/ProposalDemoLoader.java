package org.xieshang.app.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import org.xieshang.app.application.feed.FeedPublisher;
import org.xieshang.domain.calendar.CommitteeCalendars;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.committee.HandlingUnits;
import org.xieshang.domain.duty.DutyRecorder;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.notification.Notifier;
import org.xieshang.domain.proposal.HandlingPeriods;
import org.xieshang.domain.proposal.Proposals;
import org.xieshang.domain.socialreport.ReportEditorial;

/**
 * Loads this year's demo proposals (see {@link ProposalDemo}), in one transaction, once: for each demo committee that
 * has no proposals of the year yet. Changes go into the change feed as {@code ProposalService} puts them there, and a
 * converted proposal becomes a social-condition report as {@code SocialReportService} makes it; neither is audited,
 * since no user acts at start-up.
 */
@ApplicationScoped
public class ProposalDemoLoader {

    private static final Logger LOG = Logger.getLogger(ProposalDemoLoader.class.getName());

    @Inject
    Committees committees;
    @Inject
    Members members;
    @Inject
    HandlingUnits handlingUnits;
    @Inject
    Proposals proposals;
    @Inject
    CommitteeCalendars calendars;
    @Inject
    HandlingPeriods periods;
    @Inject
    DutyRecorder duty;
    @Inject
    Notifier notifier;
    @Inject
    ReportEditorial editorial;
    @Inject
    FeedPublisher feed;
    @Inject
    Clock clock;

    /** Loads the demo's proposals of this year into each demo committee that has none. */
    @Transactional
    public void loadIfEmpty() {
        long start = System.nanoTime();
        ProposalDemoWiring wiring = new ProposalDemoWiring(committees, members, handlingUnits, proposals, calendars, periods, duty, notifier,
                (converted, act) -> feed.socialReport(editorial.fromProposal(converted, act)), feed::proposal);
        ProposalDemo.Summary summary = new ProposalDemo(wiring, clock).load();
        if (summary.loaded()) {
            LOG.info(() -> summary.describe() + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
    }
}
