package org.xieshang.app.application.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xieshang.app.application.feed.ChangeFeed;
import org.xieshang.app.infrastructure.jpa.JpaChangeFeed;
import org.xieshang.app.infrastructure.jpa.JpaNotices;
import org.xieshang.app.infrastructure.jpa.JpaProposals;
import org.xieshang.domain.calendar.CommitteeCalendars;
import org.xieshang.domain.committee.HandlingUnits;
import org.xieshang.domain.duty.DutyRecorder;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.notification.Notifier;
import org.xieshang.domain.proposal.HandlingPeriods;
import org.xieshang.domain.proposal.ProposalConversions;
import org.xieshang.domain.proposal.ProposalOffice;
import org.xieshang.domain.proposal.Proposals;
import org.xieshang.domain.proposal.ProposerDesk;
import org.xieshang.domain.proposal.UnitDesk;

/**
 * The proposal module's ports and use cases. The handling periods are the deployment's parameters
 * ({@code xieshang.proposals.*-working-days}), the domain's defaults unless configured; a converted proposal becomes a
 * social-condition report through the {@link ProposalConversions} that
 * {@link org.xieshang.app.application.socialreport.ReportWiring} produces.
 */
@ApplicationScoped
public class ProposalWiring {

    @PersistenceContext(unitName = "xieshang")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "xieshang.proposals.plenary-working-days", defaultValue = "65")
    int plenaryWorkingDays;

    @Inject
    @ConfigProperty(name = "xieshang.proposals.between-sessions-working-days", defaultValue = "65")
    int betweenSessionsWorkingDays;

    @Inject
    @ConfigProperty(name = "xieshang.proposals.rehandling-working-days", defaultValue = "22")
    int rehandlingWorkingDays;

    @Inject
    @ConfigProperty(name = "xieshang.proposals.warning-working-days", defaultValue = "5")
    int warningWorkingDays;

    @Produces
    @Singleton
    Proposals proposals() {
        return new JpaProposals(em);
    }

    /** The notices kept for reading in the application: also the {@link Notifier} the use cases send through. */
    @Produces
    @Singleton
    JpaNotices notices() {
        return new JpaNotices(em);
    }

    @Produces
    @Singleton
    ChangeFeed changeFeed() {
        return new JpaChangeFeed(em);
    }

    @Produces
    @Singleton
    HandlingPeriods handlingPeriods() {
        return new HandlingPeriods(plenaryWorkingDays, betweenSessionsWorkingDays, rehandlingWorkingDays, warningWorkingDays);
    }

    @Produces
    @Singleton
    ProposerDesk proposerDesk(Proposals proposals, Members members, Notifier notifier, Clock clock) {
        return new ProposerDesk(proposals, members, notifier, clock);
    }

    @Produces
    @Singleton
    ProposalOffice proposalOffice(Proposals proposals, HandlingUnits units, CommitteeCalendars calendars, HandlingPeriods periods, DutyRecorder duty,
                                  ProposalConversions conversions, Notifier notifier, Clock clock) {
        return new ProposalOffice(proposals, units, calendars, periods, duty, conversions, notifier, clock);
    }

    @Produces
    @Singleton
    UnitDesk unitDesk(Proposals proposals, Notifier notifier, Clock clock) {
        return new UnitDesk(proposals, notifier, clock);
    }
}
