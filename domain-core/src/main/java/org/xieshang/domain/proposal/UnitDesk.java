package org.xieshang.domain.proposal;

import java.time.Clock;
import java.util.Objects;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.notification.Notifier;

/**
 * A handling unit's use cases, on proposals assigned to it only: acknowledge, log communication with the proposer, ask
 * for more time, countersign (co-handling units) and answer (the lead unit). Thread-safe if its ports are.
 */
public final class UnitDesk {

    private final ProposalChanges changes;

    /**
     * @param proposals proposal storage, not null
     * @param notifier  where notices go, not null
     * @param clock     the committee's clock, not null
     */
    public UnitDesk(Proposals proposals, Notifier notifier, Clock clock) {
        this.changes = new ProposalChanges(Objects.requireNonNull(proposals, "proposals"), Objects.requireNonNull(notifier, "notifier"),
                Objects.requireNonNull(clock, "clock"));
    }

    /**
     * @param id the proposal
     * @param expectedVersion the version read
     * @param unitId the unit acknowledging
     * @param actor who
     * @return the proposal acknowledged, never null
     * @throws org.xieshang.domain.shared.DomainException {@code proposal.unit.not-assigned} for a unit it is not assigned to
     */
    public Proposal acknowledge(ProposalId id, long expectedVersion, HandlingUnitId unitId, String actor) {
        return changes.apply(id, expectedVersion, actor, (p, act) -> p.acknowledge(unitId, act));
    }

    /**
     * @param id the proposal
     * @param expectedVersion the version read
     * @param communication the contact
     * @param actor who
     * @return the proposal with the log entry, never null
     */
    public Proposal logCommunication(ProposalId id, long expectedVersion, Communication communication, String actor) {
        return changes.apply(id, expectedVersion, actor, (p, act) -> p.logCommunication(communication, act));
    }

    /**
     * @param id the proposal
     * @param expectedVersion the version read
     * @param unitId the lead unit
     * @param workingDays how many more
     * @param reason why
     * @param actor who
     * @return the proposal with the request pending, never null
     */
    public Proposal requestExtension(ProposalId id, long expectedVersion, HandlingUnitId unitId, int workingDays, String reason, String actor) {
        return changes.apply(id, expectedVersion, actor, (p, act) -> p.requestExtension(unitId, new ExtensionRequest(workingDays, reason, act.on()),
                act));
    }

    /**
     * @param id the proposal
     * @param expectedVersion the version read
     * @param unitId a co-handling unit
     * @param opinion its part of the answer
     * @param actor who
     * @return the proposal countersigned, never null
     */
    public Proposal countersign(ProposalId id, long expectedVersion, HandlingUnitId unitId, String opinion, String actor) {
        return changes.apply(id, expectedVersion, actor, (p, act) -> p.countersign(unitId, opinion, act));
    }

    /**
     * @param id the proposal
     * @param expectedVersion the version read
     * @param unitId the lead unit
     * @param result the result class
     * @param text the answer
     * @param actor who
     * @return the proposal answered, never null
     * @throws org.xieshang.domain.shared.DomainException {@code proposal.action.not-allowed} before assignment and acknowledgement
     */
    public Proposal answer(ProposalId id, long expectedVersion, HandlingUnitId unitId, AnswerResult result, String text, String actor) {
        return changes.apply(id, expectedVersion, actor, (p, act) -> p.answer(unitId, result, text, act));
    }
}
