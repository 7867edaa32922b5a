package org.xieshang.app.infrastructure.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xieshang.app.infrastructure.demo.TopicPlan.ActivityPlan;
import org.xieshang.domain.activity.ActivityQuery;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.activity.Invitation;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Term;
import org.xieshang.domain.consultation.ConsultationActivity;
import org.xieshang.domain.consultation.ConsultationAdministration;
import org.xieshang.domain.consultation.ConsultationForm;
import org.xieshang.domain.consultation.ConsultationStep;
import org.xieshang.domain.consultation.JointKind;
import org.xieshang.domain.consultation.JointWork;
import org.xieshang.domain.consultation.MeetingRequest;
import org.xieshang.domain.consultation.Participant;
import org.xieshang.domain.consultation.Topic;
import org.xieshang.domain.member.MemberId;

/**
 * Takes one topic of an approved demo plan through the steps the demo wants done, stopping at the last step whose day
 * has come: participants are named with the work plan, the meeting is scheduled as a duty activity (in the future if it
 * has not happened), attendance is taken once it is held, and the outcome report is handed over. Not thread-safe.
 */
final class ActivityWalker {

    /**
     * What walking a topic did.
     *
     * @param activity        the activity as stored
     * @param outcomeReported whether its outcome report was handed over
     */
    record Walked(ConsultationActivity activity, boolean outcomeReported) {
    }

    private final ConsultationDemoWiring wiring;
    private final DemoCalendar calendar;
    private final CommitteeId committeeId;
    private final Term term;
    private final StepDeliverables deliverables;
    private final ConsultationParticipants participants;
    private final Map<CommitteeId, ConsultationParticipants> counties;

    /**
     * @param wiring       storage and use cases
     * @param calendar     the demo calendar: no step is dated after its today
     * @param committeeId  the leading committee
     * @param term         its current term, in which the meetings are held
     * @param deliverables writes the step records
     * @param participants chooses the committee's participants
     * @param counties     the county committees taking part in city–county joint work, with their participants
     */
    ActivityWalker(ConsultationDemoWiring wiring, DemoCalendar calendar, CommitteeId committeeId, Term term, StepDeliverables deliverables,
                   ConsultationParticipants participants, Map<CommitteeId, ConsultationParticipants> counties) {
        this.wiring = wiring;
        this.calendar = calendar;
        this.committeeId = committeeId;
        this.term = term;
        this.deliverables = deliverables;
        this.participants = participants;
        // Kept in the given order: the joint work lists the counties as the city names them.
        this.counties = Collections.unmodifiableMap(new LinkedHashMap<>(counties));
    }

    /**
     * @param topic the topic as approved
     * @param plan  the demo's plan for it, with an activity
     * @param dates when its steps are done
     * @return the activity and what was done
     */
    Walked walk(Topic topic, TopicPlan plan, StepDates dates) {
        ActivityPlan wanted = plan.activity().orElseThrow();
        ConsultationAdministration consultation = wiring.consultation();
        boolean joint = topic.form() == ConsultationForm.CITY_COUNTY_JOINT && !counties.isEmpty();
        ConsultationActivity activity = consultation.start(committeeId, dates.decidedOn().getYear(), topic.id(),
                joint ? Optional.of(new JointWork(JointKind.CONSULTATION, List.copyOf(counties.keySet()))) : Optional.empty());
        LocalDate meetingOn = meetingDay(wanted, dates);
        boolean reported = false;
        for (ConsultationStep step : ConsultationStep.values()) {
            LocalDate day = dates.dayOf(step);
            if (step.ordinal() >= wanted.stepsDone() || !calendar.hasHappened(day) || step == ConsultationStep.CONSULT && !isHeld(activity, day)) {
                break;
            }
            if (step == ConsultationStep.CONSULT) {
                takeAttendance(activity);
            }
            activity = consultation.complete(activity.id(), activity.version(), deliverables.record(step, plan, day));
            if (step == ConsultationStep.WORK_PLAN) {
                activity = invite(activity, plan, meetingOn, joint);
                activity = scheduleMeeting(activity, topic, plan, meetingOn);
            }
        }
        // Reported last: the report is recorded on the activity, whose version the steps above were taken at. It is
        // written up by the disclosure after the meeting, so that its follow-up can have a past as well.
        if (activity.process().isConsulted() && !wanted.suggestions().isEmpty()) {
            LocalDate reportedOn = calendar.notAfterToday(dates.dayOf(ConsultationStep.DISCLOSE));
            wiring.consultationOn(calendar.clockOn(reportedOn)).reportOutcome(activity.id(), activity.version(),
                    "关于“" + topic.title() + "”的协商成果报告", wanted.suggestions());
            reported = true;
        }
        return new Walked(activity, reported);
    }

    /** A meeting the demo does not hold, though its planned day has passed, is shown as postponed to two weeks from today. */
    private LocalDate meetingDay(ActivityPlan wanted, StepDates dates) {
        boolean held = wanted.stepsDone() > ConsultationStep.CONSULT.ordinal();
        return held || dates.meetingOn().isAfter(calendar.today()) ? dates.meetingOn() : calendar.today().plusWeeks(2);
    }

    /** Held means scheduled and over: a meeting of today may still be going on, so only earlier days count. */
    private boolean isHeld(ConsultationActivity activity, LocalDate day) {
        return activity.meeting().isPresent() && day.isBefore(calendar.today());
    }

    private ConsultationActivity invite(ConsultationActivity activity, TopicPlan plan, LocalDate meetingOn, boolean joint) {
        ConsultationActivity invited = activity;
        for (Participant participant : participants.of(plan, meetingOn)) {
            invited = wiring.consultation().invite(invited.id(), invited.version(), participant);
        }
        if (joint) {
            List<String> sectors = plan.activity().orElseThrow().memberSectors();
            for (ConsultationParticipants county : counties.values()) {
                Optional<Participant> member = county.oneMember(sectors, meetingOn);
                if (member.isPresent()) {
                    invited = wiring.consultation().invite(invited.id(), invited.version(), member.get());
                }
            }
        }
        return invited;
    }

    private ConsultationActivity scheduleMeeting(ConsultationActivity activity, Topic topic, TopicPlan plan, LocalDate meetingOn) {
        if (!term.covers(meetingOn)) {
            return activity;
        }
        ActivityPlan wanted = plan.activity().orElseThrow();
        LocalDateTime startsAt = meetingOn.atTime(wanted.startsAt());
        MeetingRequest request = new MeetingRequest(term.number(), startsAt, startsAt.plusHours(wanted.hours()), Optional.of(wanted.place()),
                wanted.organiser(), topic.form() == ConsultationForm.SECTOR_CONSULTATION ? participants.sector(wanted.memberSectors().get(0))
                : Optional.empty(), topic.leadSpecialCommittee());
        return wiring.consultation().scheduleMeeting(activity.id(), activity.version(), request);
    }

    /** Everyone invited is marked present, so that the duty files keep the attendance picture DutyDemo draws for them. */
    private void takeAttendance(ConsultationActivity activity) {
        DutyActivity meeting = wiring.meetings().require(activity.meeting().orElseThrow());
        takeAttendance(meeting);
        // In joint work each county took the same meeting among its own activities for its members.
        activity.joint().ifPresent(joint -> joint.counties().forEach(county -> wiring.meetings()
                .list(ActivityQuery.ofYear(county, meeting.details().startsAt().getYear())).stream()
                .filter(m -> m.details().title().equals(meeting.details().title()) && m.details().startsAt().equals(meeting.details().startsAt()))
                .forEach(this::takeAttendance)));
    }

    private void takeAttendance(DutyActivity meeting) {
        Map<MemberId, Boolean> presence = new LinkedHashMap<>();
        for (Invitation invitation : meeting.invitations()) {
            presence.put(invitation.memberId(), true);
        }
        if (!presence.isEmpty()) {
            wiring.attendance().recordAttendance(meeting.id(), meeting.version(), presence);
        }
    }
}
