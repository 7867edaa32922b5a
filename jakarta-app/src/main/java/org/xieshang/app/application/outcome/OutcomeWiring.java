package org.xieshang.app.application.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.xieshang.app.application.feed.FeedPublisher;
import org.xieshang.app.infrastructure.jpa.JpaTrackedOutcomes;
import org.xieshang.domain.committee.HandlingUnits;
import org.xieshang.domain.notification.Notifier;
import org.xieshang.domain.outcome.OutcomeTracking;
import org.xieshang.domain.outcome.TrackedOutcomes;

/** The outcome loop's ports and use cases; {@link OutcomeTracking} is also where consultations hand their reports over. */
@ApplicationScoped
public class OutcomeWiring {

    @PersistenceContext(unitName = "xieshang")
    EntityManager em;

    @Inject
    FeedPublisher feed;

    /** Every report saved enters the change feed, so that integrators follow each suggestion. */
    @Produces
    @Singleton
    TrackedOutcomes trackedOutcomes() {
        return new PublishingTrackedOutcomes(new JpaTrackedOutcomes(em), feed::outcome);
    }

    @Produces
    @Singleton
    OutcomeTracking outcomeTracking(TrackedOutcomes outcomes, HandlingUnits units, Notifier notifier, Clock clock) {
        return new OutcomeTracking(outcomes, units, notifier, clock);
    }
}
