package org.xieshang.app.application.socialreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.xieshang.app.infrastructure.jpa.JpaSocialReports;
import org.xieshang.domain.duty.DutyRecorder;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.notification.Notifier;
import org.xieshang.domain.proposal.ProposalConversions;
import org.xieshang.domain.socialreport.ReportDesk;
import org.xieshang.domain.socialreport.ReportEditorial;
import org.xieshang.domain.socialreport.ReportInstructions;
import org.xieshang.domain.socialreport.SocialReports;

/**
 * The social-condition report module's ports and use cases, and what a converted proposal becomes: a report made
 * through {@link SocialReportService}, so that it is audited and enters the change feed like any other.
 */
@ApplicationScoped
public class ReportWiring {

    @PersistenceContext(unitName = "xieshang")
    EntityManager em;

    @Produces
    @Singleton
    SocialReports socialReports() {
        return new JpaSocialReports(em);
    }

    @Produces
    @Singleton
    ReportDesk reportDesk(SocialReports reports, Members members, DutyRecorder duty, Notifier notifier, Clock clock) {
        return new ReportDesk(reports, members, duty, notifier, clock);
    }

    /** Typed to itself only: the proposal office's {@link ProposalConversions} is {@link #conversions}, not this bare one. */
    @Produces
    @Singleton
    @Typed(ReportEditorial.class)
    ReportEditorial reportEditorial(SocialReports reports, DutyRecorder duty, Notifier notifier, Clock clock) {
        return new ReportEditorial(reports, duty, notifier, clock);
    }

    @Produces
    @Singleton
    ReportInstructions reportInstructions(SocialReports reports, DutyRecorder duty, Notifier notifier, Clock clock) {
        return new ReportInstructions(reports, duty, notifier, clock);
    }

    @Produces
    @Singleton
    ProposalConversions conversions(SocialReportService reports) {
        return reports::converted;
    }
}
