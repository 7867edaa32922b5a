package org.xieshang.app.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.committee.HandlingUnits;
import org.xieshang.domain.notification.Notifier;
import org.xieshang.domain.outcome.TrackedOutcomes;

/**
 * Takes this year's demo outcome reports further (see {@link OutcomeDemo}), in one transaction, once: after the
 * consultation demo has handed them over, and only while none of them has left the stage it was handed over in.
 * Through the domain's use case rather than the application service, as at start-up nobody is signed in.
 */
@ApplicationScoped
public class OutcomeDemoLoader {

    private static final Logger LOG = Logger.getLogger(OutcomeDemoLoader.class.getName());

    @Inject
    Committees committees;
    @Inject
    TrackedOutcomes outcomes;
    @Inject
    HandlingUnits units;
    @Inject
    Notifier notifier;
    @Inject
    Clock clock;

    /** Follows up the demo's outcome reports of this year unless that was done or they are not there. */
    @Transactional
    public void loadIfEmpty() {
        int followed = new OutcomeDemo(committees, outcomes, units, notifier, new DemoCalendar(clock)).load();
        if (followed > 0) {
            LOG.info(() -> followed + " demo outcome reports followed up");
        }
    }
}
