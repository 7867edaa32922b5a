package org.xieshang.app.infrastructure.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalOffice;
import org.xieshang.domain.proposal.ProposalOrigin;
import org.xieshang.domain.proposal.Proposer;
import org.xieshang.domain.proposal.ProposerDesk;
import org.xieshang.domain.proposal.UnitDesk;
import org.xieshang.domain.proposal.UnitTask;

/**
 * Takes one committee's planned steps in order, each on its day by the {@link StepClock}, through the proposal use
 * cases; keeps each proposal as last changed and hands every change to the change feed. What the steps refer to by
 * place, it resolves: the catalogue's proposals, their signers, and units by the end of their registered names. Not
 * thread-safe: one walk at a time.
 */
final class ProposalWalker {

    private final ProposalDemoWiring.Desks desks;
    private final StepClock clock;
    private final CommitteeId committeeId;
    private final int year;
    private final List<DemoProposal> catalogue;
    private final ProposalSigners signers;
    private final List<HandlingUnit> units;
    private final ProposalWording wording;
    private final Consumer<Proposal> published;
    private final Map<Integer, Proposal> proposals = new HashMap<>();

    /**
     * @param desks       the use cases, on the step clock
     * @param clock       the step clock, moved to each step's day
     * @param committeeId the committee
     * @param year        the session's year
     * @param catalogue   the committee's demo proposals, by place
     * @param signers     who signs them
     * @param units       the committee's active handling units, at least one if any step assigns
     * @param wording     what the acts say
     * @param published   where each change goes: the change feed
     */
    ProposalWalker(ProposalDemoWiring.Desks desks, StepClock clock, CommitteeId committeeId, int year, List<DemoProposal> catalogue,
                   ProposalSigners signers, List<HandlingUnit> units, ProposalWording wording, Consumer<Proposal> published) {
        this.desks = desks;
        this.clock = clock;
        this.committeeId = committeeId;
        this.year = year;
        this.catalogue = List.copyOf(catalogue);
        this.signers = signers;
        this.units = List.copyOf(units);
        this.wording = wording;
        this.published = published;
    }

    /** @param steps the committee's steps, in the order they are taken */
    void walk(List<ProposalStep> steps) {
        for (ProposalStep step : steps) {
            clock.moveTo(step.day());
            step.take(this);
        }
    }

    /** @return the proposals as they were left, in catalogue order */
    List<Proposal> proposals() {
        List<Proposal> all = new ArrayList<>();
        for (int slot = 0; slot < catalogue.size(); slot++) {
            Optional.ofNullable(proposals.get(slot)).ifPresent(all::add);
        }
        return all;
    }

    // ---- for the steps ----

    ProposerDesk proposers() {
        return desks.proposers();
    }

    ProposalOffice office() {
        return desks.office();
    }

    UnitDesk unitDesk() {
        return desks.units();
    }

    ProposalWording wording() {
        return wording;
    }

    DemoProposal entry(int slot) {
        return catalogue.get(slot);
    }

    /** @return the proposal at that place as last changed */
    Proposal proposal(int slot) {
        Proposal proposal = proposals.get(slot);
        if (proposal == null) {
            throw new IllegalStateException("a demo step on proposal " + slot + " before its draft");
        }
        return proposal;
    }

    /** Writes the proposal at that place as its draft says, put forward as the catalogue says. */
    void drafted(int slot, ProposalOrigin origin) {
        DemoProposal entry = entry(slot);
        Proposer proposer = entry.sponsor().kind().isMember() ? Proposer.member(signers.lead(slot, entry.sponsor()))
                : Proposer.collective(entry.sponsor().kind(), entry.sponsor().organisation().orElseThrow());
        changed(slot, desks.proposers().draft(committeeId, year, origin, proposer, entry.content()));
    }

    /** Keeps the proposal as changed and puts the change into the feed. */
    void changed(int slot, Proposal changed) {
        proposals.put(slot, changed);
        published.accept(changed);
    }

    Optional<MemberId> coSigner(int slot, int ordinal) {
        return signers.coSigner(slot, ordinal);
    }

    /** @return the unit the catalogue names to lead, or the registry's first if the committee has none by that name */
    HandlingUnitId leadUnit(int slot) {
        return named(entry(slot).leadUnit()).orElseGet(() -> units.get(0).id());
    }

    /** @return the co-handling units the catalogue names that the committee has, without the lead */
    List<HandlingUnitId> coUnits(int slot) {
        HandlingUnitId lead = leadUnit(slot);
        return entry(slot).coUnits().stream().map(this::named).flatMap(Optional::stream).filter(id -> !id.equals(lead)).distinct().toList();
    }

    /**
     * @param slot  the proposal's place
     * @param index 0 for the lead unit, 1… for the co-handling units in assignment order
     * @return the unit, if the proposal's assignment has one there
     */
    Optional<HandlingUnitId> task(int slot, int index) {
        List<UnitTask> tasks = proposal(slot).handling().map(h -> h.tasks()).orElse(List.of());
        return index < tasks.size() ? Optional.of(tasks.get(index).unitId()) : Optional.empty();
    }

    String unitName(HandlingUnitId id) {
        return units.stream().filter(u -> u.id().equals(id)).map(HandlingUnit::name).findFirst().orElse("");
    }

    private Optional<HandlingUnitId> named(String ending) {
        return units.stream().filter(u -> u.name().endsWith(ending)).map(HandlingUnit::id).findFirst();
    }
}
