package org.xieshang.app.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import org.xieshang.domain.activity.Activities;
import org.xieshang.domain.activity.ActivityAdministration;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.consultation.ConsultationActivities;
import org.xieshang.domain.consultation.ConsultationAdministration;
import org.xieshang.domain.consultation.ConsultationPlans;
import org.xieshang.domain.consultation.OutcomeHandover;
import org.xieshang.domain.consultation.PublicSubmissions;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.sector.Sectors;
import org.xieshang.domain.specialcommittee.SpecialCommittees;

/**
 * Loads this year's demo consultation plans, activities and public submissions (see {@link ConsultationDemo}), in one
 * transaction, once: when the demo organisation is there and the city committee has no plan for the year yet.
 */
@ApplicationScoped
public class ConsultationDemoLoader {

    private static final Logger LOG = Logger.getLogger(ConsultationDemoLoader.class.getName());

    @Inject
    Committees committees;
    @Inject
    Members members;
    @Inject
    Sectors sectors;
    @Inject
    SpecialCommittees specialCommittees;
    @Inject
    ConsultationPlans plans;
    @Inject
    PublicSubmissions submissions;
    @Inject
    Activities activities;
    @Inject
    ConsultationAdministration consultation;
    @Inject
    ActivityAdministration attendance;
    @Inject
    ConsultationActivities consultations;
    @Inject
    OutcomeHandover outcomes;
    @Inject
    Clock clock;

    /** Loads the demo's consultation work of this year unless it is there already or there is no demo organisation. */
    @Transactional
    public void loadIfEmpty() {
        long start = System.nanoTime();
        ConsultationDemoWiring wiring = new ConsultationDemoWiring(committees, members, sectors, specialCommittees, plans, submissions, activities,
                consultation, attendance, consultations, outcomes);
        ConsultationDemo.Summary summary = new ConsultationDemo(wiring, new DemoCalendar(clock)).load();
        if (summary.loaded()) {
            LOG.info(() -> summary.describe() + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
    }
}
