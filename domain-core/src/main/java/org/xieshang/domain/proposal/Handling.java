package org.xieshang.domain.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.shared.Guard;

/**
 * A proposal's handling since it was assigned: the units and their tasks, the deadline, the communication log,
 * extensions, answers and ratings of each round, and the supervision's grade. Immutable.
 *
 * @param mode             how it is handled, not null
 * @param bundle           its bundle, present exactly when bundled
 * @param tasks            one per unit, exactly one of them the lead; not empty
 * @param assignedOn       the day it was assigned, not null
 * @param deadline         the day the current round's answer is due, not before {@code assignedOn}
 * @param round            the handling round, from 1; re-handling starts the next one
 * @param communications   the communication log, oldest first
 * @param pendingExtension the lead unit's request waiting for a decision, if any
 * @param extensions       decided extension requests, oldest first
 * @param answers          the answers, one per round at most, oldest first
 * @param ratings          the proposer's ratings, one per answer at most, oldest first
 * @param supervision      the grade of implementation, once given
 */
public record Handling(HandlingMode mode, Optional<BundleId> bundle, List<UnitTask> tasks, LocalDate assignedOn, LocalDate deadline, int round,
                       List<Communication> communications, Optional<ExtensionRequest> pendingExtension, List<Extension> extensions,
                       List<Answer> answers, List<Rating> ratings, Optional<Supervision> supervision) {

    /** Validates the parts and how they agree. */
    public Handling {
        Guard.required(mode, "mode");
        Guard.required(bundle, "bundle");
        tasks = List.copyOf(Guard.required(tasks, "tasks"));
        Guard.required(assignedOn, "assignedOn");
        Guard.required(deadline, "deadline");
        communications = List.copyOf(Guard.required(communications, "communications"));
        Guard.required(pendingExtension, "pendingExtension");
        extensions = List.copyOf(Guard.required(extensions, "extensions"));
        answers = List.copyOf(Guard.required(answers, "answers"));
        ratings = List.copyOf(Guard.required(ratings, "ratings"));
        Guard.required(supervision, "supervision");
        Guard.check(tasks.stream().filter(t -> t.role() == UnitRole.LEAD).count() == 1, "proposal.assignment.one-lead", "tasks");
        Guard.check(tasks.stream().map(UnitTask::unitId).distinct().count() == tasks.size(), "proposal.assignment.unit-twice", "tasks");
        Guard.check(bundle.isPresent() == (mode == HandlingMode.BUNDLED), "proposal.assignment.bundle", "bundle");
        Guard.check(!deadline.isBefore(assignedOn), "proposal.deadline.before-assignment", "deadline");
        Guard.check(round >= 1 && answers.size() <= round && ratings.size() <= answers.size(), "proposal.round.invalid", "round");
    }

    static Handling assigned(Assignment assignment, LocalDate on) {
        List<UnitTask> tasks = new ArrayList<>();
        tasks.add(UnitTask.assigned(assignment.lead(), UnitRole.LEAD));
        assignment.coUnits().forEach(unit -> tasks.add(UnitTask.assigned(unit, UnitRole.CO_HANDLING)));
        return new Handling(assignment.mode(), assignment.bundle(), tasks, on, assignment.deadline(), 1, List.of(), Optional.empty(), List.of(),
                List.of(), List.of(), Optional.empty());
    }

    /** @return the lead unit's task, never null */
    public UnitTask lead() {
        return tasks.stream().filter(t -> t.role() == UnitRole.LEAD).findFirst().orElseThrow();
    }

    /**
     * @param unitId a unit, not null
     * @return its task, if the proposal is assigned to it
     */
    public Optional<UnitTask> task(HandlingUnitId unitId) {
        return tasks.stream().filter(t -> t.unitId().equals(unitId)).findFirst();
    }

    /** @return the current round's answer, if given */
    public Optional<Answer> currentAnswer() {
        return answers.stream().filter(a -> a.round() == round).findFirst();
    }

    /** @return the latest rating, if any */
    public Optional<Rating> latestRating() {
        return ratings.isEmpty() ? Optional.empty() : Optional.of(ratings.get(ratings.size() - 1));
    }

    /** @return the first answer, by which "answered on time" is judged, if given */
    public Optional<Answer> firstAnswer() {
        return answers.stream().findFirst();
    }

    /** @return the co-handling units that have not countersigned in the current round, never null */
    public List<HandlingUnitId> missingCountersigns() {
        return tasks.stream().filter(t -> t.role() == UnitRole.CO_HANDLING && !t.hasCountersigned(round)).map(UnitTask::unitId).toList();
    }

    Handling withTask(UnitTask changed) {
        return withTasks(tasks.stream().map(t -> t.unitId().equals(changed.unitId()) ? changed : t).toList());
    }

    Handling withTasks(List<UnitTask> newTasks) {
        return new Handling(mode, bundle, newTasks, assignedOn, deadline, round, communications, pendingExtension, extensions, answers, ratings,
                supervision);
    }

    Handling withCommunication(Communication communication) {
        return new Handling(mode, bundle, tasks, assignedOn, deadline, round, append(communications, communication), pendingExtension, extensions,
                answers, ratings, supervision);
    }

    Handling withPendingExtension(ExtensionRequest request) {
        return new Handling(mode, bundle, tasks, assignedOn, deadline, round, communications, Optional.of(request), extensions, answers, ratings,
                supervision);
    }

    Handling withDecidedExtension(Extension extension) {
        return new Handling(mode, bundle, tasks, assignedOn, extension.newDeadline().orElse(deadline), round, communications, Optional.empty(),
                append(extensions, extension), answers, ratings, supervision);
    }

    Handling withAnswer(Answer answer) {
        return new Handling(mode, bundle, tasks, assignedOn, deadline, round, communications, pendingExtension, extensions, append(answers, answer),
                ratings, supervision);
    }

    Handling withRating(Rating rating) {
        return new Handling(mode, bundle, tasks, assignedOn, deadline, round, communications, pendingExtension, extensions, answers,
                append(ratings, rating), supervision);
    }

    Handling nextRound(LocalDate newDeadline) {
        return new Handling(mode, bundle, tasks, assignedOn, newDeadline, round + 1, communications, Optional.empty(), extensions, answers, ratings,
                supervision);
    }

    Handling withSupervision(Supervision grade) {
        return new Handling(mode, bundle, tasks, assignedOn, deadline, round, communications, pendingExtension, extensions, answers, ratings,
                Optional.of(grade));
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list);
        longer.add(item);
        return longer;
    }
}
