package org.xieshang.app.infrastructure.demo;

import java.time.Clock;
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
 * What the consultation demo reads and goes through: the organisation's storage, and the consultation and meeting use
 * cases, so that the demo's plans, activities and meetings pass the same guards as staff's.
 *
 * @param committees        committees
 * @param members           members
 * @param sectors           sectors
 * @param specialCommittees special committees
 * @param plans             consultation plans
 * @param submissions       public-call submissions
 * @param meetings          duty activities, where the consultation meetings are kept
 * @param consultation      the consultation use cases
 * @param attendance        the meeting use cases, for taking attendance at meetings held
 * @param consultations     consultation activities
 * @param outcomes          where consultations hand their outcome reports over
 */
record ConsultationDemoWiring(Committees committees, Members members, Sectors sectors, SpecialCommittees specialCommittees,
                              ConsultationPlans plans, PublicSubmissions submissions, Activities meetings,
                              ConsultationAdministration consultation, ActivityAdministration attendance, ConsultationActivities consultations,
                              OutcomeHandover outcomes) {

    /**
     * @param clock a clock standing on a past day
     * @return the consultation use cases as on that day, for a record they date by their clock: an outcome report is
     *         written up after its meeting, not on the day the demo is loaded
     */
    ConsultationAdministration consultationOn(Clock clock) {
        return new ConsultationAdministration(committees, plans, consultations, attendance, outcomes, clock);
    }
}
