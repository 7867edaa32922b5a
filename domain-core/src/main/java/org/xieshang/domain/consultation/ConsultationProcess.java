package org.xieshang.domain.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Guard;

/**
 * Where a consultation activity stands in its eight steps: the steps done so far, in order. Steps are done one after
 * the other, none skipped; the meeting needs the research done first (不调研不协商, 001). Immutable and thread-safe.
 */
public final class ConsultationProcess {

    private static final ConsultationProcess NOT_STARTED = new ConsultationProcess(List.of());

    private final List<StepRecord> done;

    private ConsultationProcess(List<StepRecord> done) {
        this.done = List.copyOf(done);
    }

    /** @return a process with no step done, never null */
    public static ConsultationProcess notStarted() {
        return NOT_STARTED;
    }

    /**
     * Rebuilds a stored process, re-checking every guard. For storage adapters.
     *
     * @param done the steps done, in order; not null
     * @return the process, never null
     * @throws org.xieshang.domain.shared.DomainException if the records break a guard
     */
    public static ConsultationProcess restore(List<StepRecord> done) {
        ConsultationProcess process = NOT_STARTED;
        for (StepRecord record : Guard.required(done, "steps")) {
            process = process.complete(record);
        }
        return process;
    }

    /**
     * @param record the step completed, not null
     * @return the process with that step done, never null
     * @throws org.xieshang.domain.shared.DomainException {@code consultation.finished} when every step is done,
     *         {@code consultation.step.already-done}, {@code consultation.research-first} for a meeting before the
     *         research, {@code consultation.step.skipped} for any other step out of order,
     *         {@code consultation.step.before-previous} when it is dated before the step it follows
     */
    public ConsultationProcess complete(StepRecord record) {
        Guard.required(record, "step");
        ConsultationStep step = record.step();
        ConsultationStep next = nextStep().orElseThrow(() -> new DomainException("consultation.finished", "step"));
        Guard.check(step.compareTo(next) >= 0, "consultation.step.already-done", "step", step);
        Guard.check(step != ConsultationStep.CONSULT || isDone(ConsultationStep.RESEARCH), "consultation.research-first", "step");
        Guard.check(step == next, "consultation.step.skipped", "step", step, next);
        last().ifPresent(previous -> Guard.check(!record.doneOn().isBefore(previous.doneOn()), "consultation.step.before-previous", "doneOn",
                previous.doneOn()));
        List<StepRecord> steps = new ArrayList<>(done);
        steps.add(record);
        return new ConsultationProcess(steps);
    }

    /** @return the step to do next, or empty when all eight are done */
    public Optional<ConsultationStep> nextStep() {
        return done.isEmpty() ? Optional.of(ConsultationStep.first()) : done.get(done.size() - 1).step().next();
    }

    /**
     * @param step a step, not null
     * @return whether it is done
     */
    public boolean isDone(ConsultationStep step) {
        return done.size() > step.ordinal();
    }

    /**
     * @param step a step, not null
     * @return its record, if done
     */
    public Optional<StepRecord> record(ConsultationStep step) {
        return isDone(step) ? Optional.of(done.get(step.ordinal())) : Optional.empty();
    }

    /** @return whether the consultation itself has taken place (the meeting step is done) */
    public boolean isConsulted() {
        return isDone(ConsultationStep.CONSULT);
    }

    /** @return the steps done, in order; never null */
    public List<StepRecord> steps() {
        return done;
    }

    private Optional<StepRecord> last() {
        return done.isEmpty() ? Optional.empty() : Optional.of(done.get(done.size() - 1));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConsultationProcess other && done.equals(other.done);
    }

    @Override
    public int hashCode() {
        return done.hashCode();
    }

    @Override
    public String toString() {
        return "ConsultationProcess[" + done.size() + " of 8 steps done]";
    }
}
