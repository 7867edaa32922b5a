package org.xieshang.domain.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.consultation.ConsultationActivityId;
import org.xieshang.domain.consultation.OutcomeReport;
import org.xieshang.domain.instruction.Instruction;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Guard;

/**
 * A consultation's outcome report followed to its end (协商成果办理): submitted by the Party group, read and instructed
 * by leaders, each suggestion assigned to a department, adopted or not, carried out, supervised and followed up, so
 * that every matter has an outcome (事事有着落, 001). Identified by its consultation activity, which hands over one
 * report. Immutable.
 *
 * @param activityId   the consultation activity, not null
 * @param committeeId  the committee, not null
 * @param title        the report's title, not blank
 * @param reportedOn   the day it was handed over, not null
 * @param stage        how far it has gone up, not null
 * @param submission   its submission, from {@link OutcomeStage#SUBMITTED} on
 * @param instructions leaders' instructions, oldest first; some exactly from {@link OutcomeStage#INSTRUCTED} on
 * @param suggestions  its suggestions, numbered from 1 in order; at least one
 * @param version      stored version
 */
public record TrackedOutcome(ConsultationActivityId activityId, CommitteeId committeeId, String title, LocalDate reportedOn, OutcomeStage stage,
                             Optional<Submission> submission, List<Instruction> instructions, List<TrackedSuggestion> suggestions, long version) {

    /** Validates the parts and how they agree with the stage. */
    public TrackedOutcome {
        Guard.required(activityId, "activityId");
        Guard.required(committeeId, "committeeId");
        title = Guard.text(title, "title", 200);
        Guard.required(reportedOn, "reportedOn");
        Guard.required(stage, "stage");
        Guard.required(submission, "submission");
        instructions = List.copyOf(Guard.required(instructions, "instructions"));
        suggestions = List.copyOf(Guard.required(suggestions, "suggestions"));
        Guard.check(!suggestions.isEmpty(), "outcome.suggestions.required", "suggestions");
        for (int i = 0; i < suggestions.size(); i++) {
            Guard.check(suggestions.get(i).number() == i + 1, "outcome.suggestion.number", "suggestions");
        }
        Guard.check(submission.isPresent() == (stage != OutcomeStage.RECEIVED), "outcome.stage.inconsistent", "submission");
        Guard.check(instructions.isEmpty() == (stage != OutcomeStage.INSTRUCTED), "outcome.stage.inconsistent", "instructions");
        Guard.check(version >= 0, "version.negative", "version");
    }

    /**
     * @param report a report handed over by a consultation, not null
     * @return the report to track, every suggestion pending, version 0; never null
     */
    public static TrackedOutcome received(OutcomeReport report) {
        List<TrackedSuggestion> suggestions = IntStream.range(0, report.suggestions().size())
                .mapToObj(i -> new TrackedSuggestion(i + 1, report.suggestions().get(i).text(), report.suggestions().get(i).addressee(),
                        SuggestionStatus.PENDING, Optional.empty(), Optional.empty(), List.of()))
                .toList();
        return new TrackedOutcome(report.activityId(), report.committeeId(), report.title(), report.reportedOn(), OutcomeStage.RECEIVED,
                Optional.empty(), List.of(), suggestions, 0);
    }

    /**
     * @param submitted how it was submitted, not null; not before the report
     * @return the report submitted, never null
     * @throws DomainException {@code outcome.submitted-already}
     */
    public TrackedOutcome submit(Submission submitted) {
        Guard.check(stage == OutcomeStage.RECEIVED, "outcome.submitted-already", "submission");
        Guard.check(!submitted.submittedOn().isBefore(reportedOn), "outcome.submission.before-report", "submittedOn");
        return new TrackedOutcome(activityId, committeeId, title, reportedOn, OutcomeStage.SUBMITTED, Optional.of(submitted), instructions, suggestions,
                version);
    }

    /**
     * @param instruction a leader's instruction, not null; only on a submitted report, not before its submission
     * @return the report instructed, never null
     */
    public TrackedOutcome instruct(Instruction instruction) {
        Guard.check(stage != OutcomeStage.RECEIVED, "outcome.instruction.not-submitted", "instruction");
        Guard.check(!instruction.givenOn().isBefore(submission.orElseThrow().submittedOn()), "outcome.instruction.before-submission", "givenOn");
        List<Instruction> more = new ArrayList<>(instructions);
        more.add(instruction);
        return new TrackedOutcome(activityId, committeeId, title, reportedOn, OutcomeStage.INSTRUCTED, submission, more, suggestions, version);
    }

    /**
     * Assigns a suggestion to a department, or to another before it has answered.
     *
     * @param number the suggestion, from 1
     * @param unit   the department, not null
     * @param dueOn  when it should answer, after {@code entry}'s day
     * @param entry  who assigned it and with what request, not null
     * @return the report with the suggestion assigned, never null
     * @throws DomainException {@code outcome.assign.not-submitted} before the report is submitted
     */
    public TrackedOutcome assign(int number, HandlingUnitId unit, LocalDate dueOn, TrackingEntry entry) {
        Guard.check(stage != OutcomeStage.RECEIVED, "outcome.assign.not-submitted", "status");
        Guard.check(Guard.required(dueOn, "dueOn").isAfter(entry.on()), "outcome.due.past", "dueOn");
        return with(suggestion(number).act(SuggestionAction.ASSIGN, SuggestionStatus.ASSIGNED, Optional.of(Guard.required(unit, "department")),
                Optional.of(dueOn), entry));
    }

    /**
     * @param number the suggestion
     * @param result the department's answer
     * @param entry who recorded it and the answer's gist
     * @return the report with the answer, never null
     */
    public TrackedOutcome recordAdoption(int number, AdoptionResult result, TrackingEntry entry) {
        TrackedSuggestion s = suggestion(number);
        return with(s.act(SuggestionAction.RECORD_ADOPTION, Guard.required(result, "result").status(), s.department(), s.dueOn(), entry));
    }

    /**
     * @param number the suggestion
     * @param entry who recorded it and what was done
     * @return the report with the suggestion carried out, never null
     */
    public TrackedOutcome recordImplementation(int number, TrackingEntry entry) {
        TrackedSuggestion s = suggestion(number);
        return with(s.act(SuggestionAction.RECORD_IMPLEMENTATION, SuggestionStatus.IMPLEMENTED, s.department(), s.dueOn(), entry));
    }

    /**
     * @param number the suggestion
     * @param entry the supervising office and its finding
     * @return the report with the supervision logged, never null
     */
    public TrackedOutcome supervise(int number, TrackingEntry entry) {
        TrackedSuggestion s = suggestion(number);
        return with(s.act(SuggestionAction.SUPERVISE, s.status(), s.department(), s.dueOn(), entry));
    }

    /**
     * @param number the suggestion
     * @param entry who followed up and what they found
     * @return the report with the follow-up logged, never null
     */
    public TrackedOutcome followUp(int number, TrackingEntry entry) {
        TrackedSuggestion s = suggestion(number);
        return with(s.act(SuggestionAction.FOLLOW_UP, s.status(), s.department(), s.dueOn(), entry));
    }

    /**
     * @param number a suggestion's number
     * @return the suggestion, never null
     * @throws DomainException {@code outcome.suggestion.unknown}
     */
    public TrackedSuggestion suggestion(int number) {
        if (number < 1 || number > suggestions.size()) {
            throw new DomainException("outcome.suggestion.unknown", "number", number);
        }
        return suggestions.get(number - 1);
    }

    /** @return how many suggestions the departments have answered (事事有着落 as a number) */
    public long answered() {
        return suggestions.stream().filter(s -> s.status().isAnswered()).count();
    }

    /**
     * @param stored the version the storage gave it
     * @return this report at that version, never null
     */
    public TrackedOutcome withVersion(long stored) {
        return new TrackedOutcome(activityId, committeeId, title, reportedOn, stage, submission, instructions, suggestions, stored);
    }

    private TrackedOutcome with(TrackedSuggestion changed) {
        List<TrackedSuggestion> all = new ArrayList<>(suggestions);
        all.set(changed.number() - 1, changed);
        return new TrackedOutcome(activityId, committeeId, title, reportedOn, stage, submission, instructions, all, version);
    }
}
