package org.xieshang.domain.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.committee.HandlingUnits;
import org.xieshang.domain.consultation.ConsultationActivityId;
import org.xieshang.domain.consultation.OutcomeHandover;
import org.xieshang.domain.consultation.OutcomeReport;
import org.xieshang.domain.duty.SourceRef;
import org.xieshang.domain.duty.SourceType;
import org.xieshang.domain.instruction.Instruction;
import org.xieshang.domain.notification.Notice;
import org.xieshang.domain.notification.Notifier;
import org.xieshang.domain.notification.Recipient;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.Guard;
import org.xieshang.domain.shared.Versions;

/**
 * The feedback loop of consultation outcomes: takes each report over from its consultation ({@link OutcomeHandover}),
 * then records its submission, leaders' instructions, and for each suggestion the department's assignment, answer,
 * implementation, supervision and follow-up. Every change names the version read. Thread-safe if its ports are.
 */
public final class OutcomeTracking implements OutcomeHandover {

    private final TrackedOutcomes outcomes;
    private final HandlingUnits units;
    private final Notifier notifier;
    private final Clock clock;

    /**
     * @param outcomes storage of tracked reports, not null
     * @param units    the handling units suggestions go to, not null
     * @param notifier where notices to departments go, not null
     * @param clock    the committee's clock, not null
     */
    public OutcomeTracking(TrackedOutcomes outcomes, HandlingUnits units, Notifier notifier, Clock clock) {
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
        this.units = Objects.requireNonNull(units, "units");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @throws DuplicateException {@code outcome.received-already} if the activity's report was taken over before
     */
    @Override
    public void handOver(OutcomeReport report) {
        if (outcomes.find(report.activityId()).isPresent()) {
            throw new DuplicateException("outcome.received-already", "activityId", report.title());
        }
        outcomes.save(TrackedOutcome.received(report));
    }

    /**
     * @param activityId the report's activity
     * @param expectedVersion the version read
     * @param to to whom it was submitted
     * @param submittedOn the day, not after today
     * @param actor who records it
     * @return the report submitted, never null
     */
    public TrackedOutcome submit(ConsultationActivityId activityId, long expectedVersion, String to, LocalDate submittedOn, String actor) {
        notAfterToday(submittedOn, "submittedOn");
        return change(activityId, expectedVersion, o -> o.submit(new Submission(to, submittedOn, actor)));
    }

    /**
     * @param activityId the report's activity
     * @param expectedVersion the version read
     * @param instruction the leader's instruction, given on a day not after today
     * @return the report instructed, never null
     */
    public TrackedOutcome instruct(ConsultationActivityId activityId, long expectedVersion, Instruction instruction) {
        notAfterToday(Guard.required(instruction, "instruction").givenOn(), "givenOn");
        return change(activityId, expectedVersion, o -> o.instruct(instruction));
    }

    /**
     * Assigns a suggestion to an active department of the committee, which is told.
     *
     * @param activityId the report's activity
     * @param expectedVersion the version read
     * @param number the suggestion
     * @param unitId the department
     * @param dueOn when it should answer
     * @param request what is asked of it
     * @param actor who
     * @return the report with the suggestion assigned, never null
     */
    public TrackedOutcome assign(ConsultationActivityId activityId, long expectedVersion, int number, HandlingUnitId unitId, LocalDate dueOn,
                                 String request, String actor) {
        TrackedOutcome before = outcomes.require(activityId);
        HandlingUnit unit = units.requireOf(before.committeeId(), Guard.required(unitId, "department"), "department");
        Guard.check(unit.active(), "proposal.unit.inactive", "department", unit.name());
        TrackedOutcome after = change(activityId, expectedVersion, o -> o.assign(number, unitId, dueOn, entry(SuggestionAction.ASSIGN, actor, request)));
        notifier.send(new Notice(after.committeeId(), Recipient.unit(unitId), "notice.outcome.assigned",
                List.of(after.title(), number, dueOn), SourceRef.of(SourceType.CONSULTATION, activityId), clock.instant()));
        return after;
    }

    /**
     * @param activityId the report's activity
     * @param expectedVersion the version read
     * @param number the suggestion
     * @param result the department's answer
     * @param gist what it said
     * @param actor who records it
     * @return the report with the answer, never null
     */
    public TrackedOutcome recordAdoption(ConsultationActivityId activityId, long expectedVersion, int number, AdoptionResult result, String gist,
                                         String actor) {
        return change(activityId, expectedVersion, o -> o.recordAdoption(number, result, entry(SuggestionAction.RECORD_ADOPTION, actor, gist)));
    }

    /**
     * @param activityId the report's activity
     * @param expectedVersion the version read
     * @param number the suggestion
     * @param what what was carried out
     * @param actor who records it
     * @return the report with the suggestion carried out, never null
     */
    public TrackedOutcome recordImplementation(ConsultationActivityId activityId, long expectedVersion, int number, String what, String actor) {
        return change(activityId, expectedVersion, o -> o.recordImplementation(number, entry(SuggestionAction.RECORD_IMPLEMENTATION, actor, what)));
    }

    /**
     * @param activityId the report's activity
     * @param expectedVersion the version read
     * @param number the suggestion
     * @param supervisor the supervising office
     * @param finding what it found
     * @param on the day, not after today
     * @return the report with the supervision logged, never null
     */
    public TrackedOutcome supervise(ConsultationActivityId activityId, long expectedVersion, int number, String supervisor, String finding,
                                    LocalDate on) {
        notAfterToday(on, "on");
        return change(activityId, expectedVersion, o -> o.supervise(number, new TrackingEntry(SuggestionAction.SUPERVISE, supervisor, finding, on)));
    }

    /**
     * @param activityId the report's activity
     * @param expectedVersion the version read
     * @param number the suggestion
     * @param finding what the committee's inspection or research found
     * @param actor who records it
     * @return the report with the follow-up logged, never null
     */
    public TrackedOutcome followUp(ConsultationActivityId activityId, long expectedVersion, int number, String finding, String actor) {
        return change(activityId, expectedVersion, o -> o.followUp(number, entry(SuggestionAction.FOLLOW_UP, actor, finding)));
    }

    private TrackedOutcome change(ConsultationActivityId activityId, long expectedVersion, UnaryOperator<TrackedOutcome> change) {
        TrackedOutcome before = outcomes.require(activityId);
        Versions.check("outcome", activityId, before.version(), expectedVersion);
        return outcomes.save(change.apply(before));
    }

    private TrackingEntry entry(SuggestionAction action, String actor, String text) {
        return new TrackingEntry(action, actor, text, LocalDate.now(clock));
    }

    private void notAfterToday(LocalDate day, String field) {
        Guard.check(!Guard.required(day, field).isAfter(LocalDate.now(clock)), "outcome.date.future", field);
    }
}
