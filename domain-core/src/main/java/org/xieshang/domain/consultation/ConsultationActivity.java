package org.xieshang.domain.consultation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.xieshang.domain.activity.ActivityId;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.Guard;

/**
 * One consultation on one topic of an approved plan: its eight steps, its participants, the meeting where members'
 * attendance is taken (a duty activity, so attendance reaches the duty files the same way as any meeting's), and, for
 * city–county work, the counties taking part. Aggregate root; immutable and thread-safe.
 */
public final class ConsultationActivity {

    private final ConsultationActivityId id;
    private final CommitteeId committeeId;
    private final int year;
    private final TopicId topicId;
    private final String title;
    private final ConsultationForm form;
    private final ConsultationProcess process;
    private final List<Participant> participants;
    private final Optional<ActivityId> meeting;
    private final Optional<JointWork> joint;
    private final Optional<LocalDate> outcomeReportedOn;
    private final long version;

    private ConsultationActivity(ConsultationActivityId id, CommitteeId committeeId, int year, TopicId topicId, String title, ConsultationForm form,
                                 ConsultationProcess process, List<Participant> participants, Optional<ActivityId> meeting, Optional<JointWork> joint,
                                 Optional<LocalDate> outcomeReportedOn, long version) {
        this.id = Guard.required(id, "id");
        this.committeeId = Guard.required(committeeId, "committeeId");
        this.year = year;
        this.topicId = Guard.required(topicId, "topicId");
        this.title = Guard.text(title, "title", Topic.TITLE_MAX);
        this.form = Guard.required(form, "form");
        this.process = Guard.required(process, "process");
        this.participants = List.copyOf(Guard.required(participants, "participants"));
        this.meeting = Guard.required(meeting, "meeting");
        this.joint = Guard.required(joint, "joint");
        Guard.check(joint.map(j -> !j.counties().contains(committeeId)).orElse(true), "joint.counties.lead", "counties");
        Guard.check(!process.isConsulted() || meeting.isPresent(), "consultation.meeting.not-scheduled", "meeting");
        this.outcomeReportedOn = Guard.required(outcomeReportedOn, "outcomeReportedOn");
        Guard.check(outcomeReportedOn.isEmpty() || process.isConsulted(), "outcome.before-meeting", "outcomeReportedOn");
        Guard.check(version >= 0, "version.negative", "version");
        this.version = version;
    }

    /**
     * Starts the consultation of a topic of an approved (or published) plan.
     *
     * @param plan    the plan, approved; not null
     * @param topicId one of its topics, not null
     * @param joint   the counties taking part, for city–county work
     * @return the activity with no step done, never null
     * @throws org.xieshang.domain.shared.DomainException {@code plan.not-approved}
     */
    public static ConsultationActivity start(ConsultationPlan plan, TopicId topicId, Optional<JointWork> joint) {
        Guard.check(plan.status() == PlanStatus.APPROVED || plan.status() == PlanStatus.PUBLISHED, "plan.not-approved", "status");
        Topic topic = plan.require(topicId);
        return new ConsultationActivity(ConsultationActivityId.generate(), plan.committeeId(), plan.year(), topic.id(), topic.title(), topic.form(),
                ConsultationProcess.notStarted(), List.of(), Optional.empty(), joint, Optional.empty(), 0);
    }

    /**
     * Rebuilds a stored activity. For storage adapters.
     *
     * @param id           identifier, not null
     * @param committeeId  the leading committee, not null
     * @param year         plan year
     * @param topicId      topic, not null
     * @param title        topic title, not blank
     * @param form         form, not null
     * @param process      steps done, not null
     * @param participants participants, not null
     * @param meeting      the meeting, once scheduled
     * @param joint        city–county linkage, if any
     * @param outcomeReportedOn the day the outcome report was handed over, if it was
     * @param version      stored version
     * @return the activity, never null
     */
    public static ConsultationActivity restore(ConsultationActivityId id, CommitteeId committeeId, int year, TopicId topicId, String title,
                                               ConsultationForm form, ConsultationProcess process, List<Participant> participants,
                                               Optional<ActivityId> meeting, Optional<JointWork> joint, Optional<LocalDate> outcomeReportedOn,
                                               long version) {
        return new ConsultationActivity(id, committeeId, year, topicId, title, form, process, participants, meeting, joint, outcomeReportedOn,
                version);
    }

    /**
     * @param participant someone taking part, of this committee or (joint work) of a partner county; not null
     * @return the activity with them, never null
     * @throws org.xieshang.domain.shared.DomainException {@code joint.committee.not-partner}, {@code participant.duplicate}
     */
    public ConsultationActivity invite(Participant participant) {
        Guard.required(participant, "participant");
        Guard.check(takesPart(participant.committeeId()), "joint.committee.not-partner", "committeeId");
        Guard.check(participants.stream().noneMatch(p -> p.memberId().isPresent() && p.memberId().equals(participant.memberId())
                || p.memberId().isEmpty() && p.name().equals(participant.name()) && p.unit().equals(participant.unit())), "participant.duplicate",
                "name", participant.name());
        List<Participant> all = new ArrayList<>(participants);
        all.add(participant);
        return new ConsultationActivity(id, committeeId, year, topicId, title, form, process, all, meeting, joint, outcomeReportedOn, version);
    }

    /**
     * @param activityId the duty activity of the consultation meeting (its invitations and attendance), not null
     * @return the activity with its meeting, never null
     */
    public ConsultationActivity scheduleMeeting(ActivityId activityId) {
        Guard.check(!process.isConsulted(), "consultation.meeting.held-already", "meeting");
        // A second meeting would invite everyone twice and leave the first one's absentees in their duty files.
        Guard.check(meeting.isEmpty(), "consultation.meeting.scheduled-already", "meeting");
        return new ConsultationActivity(id, committeeId, year, topicId, title, form, process, participants, Optional.of(activityId), joint,
                outcomeReportedOn, version);
    }

    /**
     * @param record the step done, not null
     * @return the activity with it, never null
     * @throws org.xieshang.domain.shared.DomainException the process's guards, or {@code consultation.meeting.not-scheduled}
     *                                                   for the meeting step without a scheduled meeting
     */
    public ConsultationActivity complete(StepRecord record) {
        return new ConsultationActivity(id, committeeId, year, topicId, title, form, process.complete(record), participants, meeting, joint,
                outcomeReportedOn, version);
    }

    /**
     * @param reportTitle the report's title, not blank
     * @param suggestions its suggestions, at least one
     * @param on          the day, not null
     * @return the outcome report of the meeting, for the feedback loop, never null
     * @throws org.xieshang.domain.shared.DomainException {@code outcome.before-meeting}, {@code outcome.reported-already}
     */
    public OutcomeReport outcome(String reportTitle, List<Suggestion> suggestions, LocalDate on) {
        Guard.check(process.isConsulted(), "outcome.before-meeting", "suggestions");
        Guard.check(outcomeReportedOn.isEmpty(), "outcome.reported-already", "suggestions", outcomeReportedOn.orElse(null));
        return new OutcomeReport(id, committeeId, reportTitle, suggestions, on);
    }

    /**
     * Records that the outcome report was handed over, so that its suggestions are not handed over twice.
     *
     * @param report the report made by {@link #outcome}, not null
     * @return the activity with its outcome reported, never null
     */
    public ConsultationActivity outcomeReported(OutcomeReport report) {
        Guard.check(report.activityId().equals(id), "outcome.other-activity", "suggestions");
        Guard.check(outcomeReportedOn.isEmpty(), "outcome.reported-already", "suggestions", outcomeReportedOn.orElse(null));
        return new ConsultationActivity(id, committeeId, year, topicId, title, form, process, participants, meeting, joint,
                Optional.of(report.reportedOn()), version);
    }

    /**
     * @param viewer a committee, not null
     * @return whether it leads or takes part in this activity
     */
    public boolean takesPart(CommitteeId viewer) {
        return committeeId.equals(viewer) || joint.map(j -> j.counties().contains(viewer)).orElse(false);
    }

    /**
     * Each county sees its own part; the leading committee sees the whole.
     *
     * @param viewer a committee taking part, not null
     * @return the participants it sees, never null
     */
    public List<Participant> participantsSeenBy(CommitteeId viewer) {
        if (committeeId.equals(viewer)) {
            return participants;
        }
        return participants.stream().filter(p -> p.committeeId().equals(viewer)).toList();
    }

    /** @return the identifier, never null */
    public ConsultationActivityId id() {
        return id;
    }

    /** @return the leading committee, never null */
    public CommitteeId committeeId() {
        return committeeId;
    }

    /** @return the plan year */
    public int year() {
        return year;
    }

    /** @return the topic, never null */
    public TopicId topicId() {
        return topicId;
    }

    /** @return the topic's title, never null */
    public String title() {
        return title;
    }

    /** @return the form, never null */
    public ConsultationForm form() {
        return form;
    }

    /** @return the steps done, never null */
    public ConsultationProcess process() {
        return process;
    }

    /** @return every participant, never null */
    public List<Participant> participants() {
        return participants;
    }

    /** @return the meeting's duty activity, once scheduled */
    public Optional<ActivityId> meeting() {
        return meeting;
    }

    /** @return the city–county linkage, if any */
    public Optional<JointWork> joint() {
        return joint;
    }

    /** @return the day the outcome report was handed over, if it was */
    public Optional<LocalDate> outcomeReportedOn() {
        return outcomeReportedOn;
    }

    /** @return the stored version; 0 if never stored */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConsultationActivity other && id.equals(other.id) && version == other.version && process.equals(other.process)
                && participants.equals(other.participants) && meeting.equals(other.meeting) && joint.equals(other.joint)
                && outcomeReportedOn.equals(other.outcomeReportedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "ConsultationActivity[" + title + ", " + process + ", v" + version + "]";
    }
}
