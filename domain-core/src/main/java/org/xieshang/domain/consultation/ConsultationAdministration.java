package org.xieshang.domain.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.xieshang.domain.activity.ActivityAdministration;
import org.xieshang.domain.activity.ActivityDraft;
import org.xieshang.domain.activity.Audience;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.Guard;
import org.xieshang.domain.shared.Versions;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;

/**
 * Use cases of consultation work: the annual plan from drafting to publication and amendment, the consultation of each
 * topic through its eight steps, its meeting (a duty activity, so members' attendance reaches their duty files like any
 * meeting's), its outcome handed to the feedback loop, and the "three before" check. Thread-safe if its ports are.
 */
public final class ConsultationAdministration {

    private final Committees committees;
    private final ConsultationPlans plans;
    private final ConsultationActivities activities;
    private final ActivityAdministration meetings;
    private final OutcomeHandover outcomes;
    private final Clock clock;

    /**
     * @param committees committee storage, not null
     * @param plans      plan storage, not null
     * @param activities consultation activity storage, not null
     * @param meetings   the duty-file activities, where meetings and attendance are kept; not null
     * @param outcomes   where outcome reports go, not null
     * @param clock      the committee's clock, not null
     */
    public ConsultationAdministration(Committees committees, ConsultationPlans plans, ConsultationActivities activities, ActivityAdministration meetings,
                                      OutcomeHandover outcomes, Clock clock) {
        this.committees = Objects.requireNonNull(committees, "committees");
        this.plans = Objects.requireNonNull(plans, "plans");
        this.activities = Objects.requireNonNull(activities, "activities");
        this.meetings = Objects.requireNonNull(meetings, "meetings");
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param committeeId the committee, not null
     * @param year        the plan year
     * @return the new, empty draft as stored, never null
     * @throws DuplicateException {@code plan.duplicate} if the year already has a plan
     */
    public ConsultationPlan draftPlan(CommitteeId committeeId, int year) {
        committees.require(committeeId);
        if (plans.find(committeeId, year).isPresent()) {
            throw new DuplicateException("plan.duplicate", "year", year);
        }
        return plans.save(ConsultationPlan.draft(committeeId, year));
    }

    /**
     * Changes a plan and stores it, if it is still at the version the caller read.
     *
     * @param committeeId     the committee, not null
     * @param year            the plan year
     * @param expectedVersion the version the caller read
     * @param change          what to do with the plan (put a topic, screen, submit, approve, publish, amend…), not null
     * @return the plan as stored, never null
     */
    public ConsultationPlan changePlan(CommitteeId committeeId, int year, long expectedVersion, UnaryOperator<ConsultationPlan> change) {
        ConsultationPlan plan = plans.require(committeeId, year);
        Versions.check("consultation-plan", year, plan.version(), expectedVersion);
        return plans.save(Guard.required(change, "change").apply(plan));
    }

    /**
     * @param committeeId the leading committee, not null
     * @param year        the plan year
     * @param topicId     a topic of the approved plan, not null
     * @param joint       the counties taking part, for city–county work: committees under the leading one
     * @return the new activity as stored, never null
     * @throws DomainException {@code joint.counties.not-county} for a county that is not under the leading committee
     */
    public ConsultationActivity start(CommitteeId committeeId, int year, TopicId topicId, Optional<JointWork> joint) {
        // Joint work is the city's with its own counties: one level down, under it.
        joint.ifPresent(j -> j.counties().forEach(county -> Guard.check(committees.require(county).parentId().map(committeeId::equals).orElse(false),
                "joint.counties.not-county", "countyIds", county)));
        return activities.save(ConsultationActivity.start(plans.require(committeeId, year), topicId, joint));
    }

    /**
     * @param id              the activity, not null
     * @param expectedVersion the version the caller read
     * @param participant     who takes part, not null
     * @return the activity as stored, never null
     */
    public ConsultationActivity invite(ConsultationActivityId id, long expectedVersion, Participant participant) {
        return activities.save(current(id, expectedVersion).invite(participant));
    }

    /**
     * Schedules the consultation meeting as a duty activity: the form's default audience is invited (a sector
     * consultation, the sector's members; a counterpart consultation, the special committee's) and so are the
     * activity's member participants of this committee. Attendance is then taken on that activity. In joint work,
     * each county with member participants gets the meeting among its own activities, its members invited.
     *
     * @param id              the activity, not null
     * @param expectedVersion the version the caller read
     * @param request         when, where, and the sector or special committee where the form needs one; not null
     * @return the activity as stored, linked to its meeting; never null
     */
    public ConsultationActivity scheduleMeeting(ConsultationActivityId id, long expectedVersion, MeetingRequest request) {
        ConsultationActivity activity = current(id, expectedVersion);
        Guard.required(request, "meeting");
        Audience audience = switch (activity.form().defaultAudience()) {
            case ALL_MEMBERS -> Audience.allMembers(true);
            case STANDING_MEMBERS -> Audience.standingMembers(true);
            case SECTOR -> Audience.sector(request.sector().orElseThrow(() -> new DomainException("consultation.meeting.sector-required", "sector")), true);
            case SPECIAL_COMMITTEE -> Audience.specialCommittee(request.specialCommittee().or(() -> leadOf(activity))
                    .orElseThrow(() -> new DomainException("consultation.meeting.special-committee-required", "specialCommittee")), true);
            case INVITED -> Audience.invited(true);
        };
        // Every county's term is checked before anything is scheduled, so that a refusal leaves no meeting behind.
        Map<CommitteeId, Integer> countyTerms = new LinkedHashMap<>();
        activity.joint().ifPresent(joint -> joint.counties().stream().filter(county -> !membersOf(activity, county).isEmpty())
                .forEach(county -> countyTerms.put(county, countyTerm(county, request))));
        DutyActivity meeting = meetings.schedule(activity.committeeId(), new ActivityDraft(request.termNumber(), activity.form().meetingKind(),
                activity.title(), request.startsAt(), request.endsAt(), request.place(), request.organiser(), request.specialCommittee(), audience));
        List<MemberId> members = membersOf(activity, activity.committeeId());
        if (!members.isEmpty()) {
            meetings.invite(meeting.id(), meeting.version(), members, true);
        }
        countyTerms.forEach((county, term) -> scheduleForCounty(activity, county, term, request));
        return activities.save(activity.scheduleMeeting(meeting.id()));
    }

    /**
     * @param id              the activity, not null
     * @param expectedVersion the version the caller read
     * @param record          the step done, not null
     * @return the activity as stored, never null
     * @throws DomainException {@code consultation.step.future} for a step dated after today, or the process's guards
     */
    public ConsultationActivity complete(ConsultationActivityId id, long expectedVersion, StepRecord record) {
        Guard.required(record, "record");
        Guard.check(!record.doneOn().isAfter(LocalDate.now(clock)), "consultation.step.future", "doneOn");
        return activities.save(current(id, expectedVersion).complete(record));
    }

    /**
     * Writes the meeting's outcome report, records it on the activity and hands it to the feedback loop, once.
     *
     * @param id              the activity, consulted; not null
     * @param expectedVersion the version the caller read
     * @param title           the report's title, not blank
     * @param suggestions     its suggestions, at least one
     * @return the report handed over, never null
     * @throws DomainException {@code outcome.before-meeting}, {@code outcome.reported-already}
     */
    public OutcomeReport reportOutcome(ConsultationActivityId id, long expectedVersion, String title, List<Suggestion> suggestions) {
        ConsultationActivity activity = current(id, expectedVersion);
        OutcomeReport report = activity.outcome(title, suggestions, LocalDate.now(clock));
        // Recorded before the hand-over: a refused save hands nothing over.
        activities.save(activity.outcomeReported(report));
        outcomes.handOver(report);
        return report;
    }

    /**
     * The "three before" check for other systems: may a matter consulted in this activity be decided, passed or implemented?
     *
     * @param id the consultation activity on the matter, not null
     * @return the verdict for a matter flagged as requiring consultation, never null
     */
    public ThreeBeforeVerdict threeBefore(ConsultationActivityId id) {
        return ThreeBefore.check(true, Optional.of(activities.require(id).process()));
    }

    /**
     * A county's members of joint work attend as members of their own committee: the county gets the meeting among its
     * activities with them invited, so that their attendance is taken there and reaches their duty files.
     */
    private void scheduleForCounty(ConsultationActivity activity, CommitteeId county, int term, MeetingRequest request) {
        DutyActivity meeting = meetings.schedule(county, new ActivityDraft(term, activity.form().meetingKind(), activity.title(), request.startsAt(),
                request.endsAt(), request.place(), request.organiser(), Optional.empty(), Audience.invited(true)));
        meetings.invite(meeting.id(), meeting.version(), membersOf(activity, county), true);
    }

    private int countyTerm(CommitteeId county, MeetingRequest request) {
        Committee committee = committees.require(county);
        return committee.termOn(request.startsAt().toLocalDate())
                .orElseThrow(() -> new DomainException("joint.county.outside-term", "startsAt", committee.name())).number();
    }

    private static List<MemberId> membersOf(ConsultationActivity activity, CommitteeId committeeId) {
        return activity.participants().stream().filter(p -> p.committeeId().equals(committeeId)).flatMap(p -> p.memberId().stream()).toList();
    }

    private Optional<SpecialCommitteeId> leadOf(ConsultationActivity activity) {
        return plans.require(activity.committeeId(), activity.year()).topic(activity.topicId()).flatMap(Topic::leadSpecialCommittee);
    }

    private ConsultationActivity current(ConsultationActivityId id, long expectedVersion) {
        ConsultationActivity activity = activities.require(Guard.required(id, "id"));
        Versions.check("consultation-activity", id, activity.version(), expectedVersion);
        return activity;
    }
}
