package org.xieshang.app.infrastructure.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.proposal.AnswerResult;
import org.xieshang.domain.proposal.Communication;
import org.xieshang.domain.proposal.CommunicationMethod;
import org.xieshang.domain.proposal.CommunicationPhase;
import org.xieshang.domain.proposal.HandlingMode;
import org.xieshang.domain.proposal.ImplementationGrade;
import org.xieshang.domain.proposal.NotFiledReason;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalContent;
import org.xieshang.domain.proposal.ProposalId;
import org.xieshang.domain.proposal.ProposalOrigin;
import org.xieshang.domain.proposal.Satisfaction;
import org.xieshang.domain.proposal.Supervision;

/**
 * One dated act on the demo's proposals, taken through the use case the screens use for it. A step names the
 * proposals by their place in the committee's catalogue, members by their place among a proposal's signers (0 for the
 * demo member account's member), and units by their place in the proposal's assignment (0 for the lead unit); the
 * {@link ProposalWalker} resolves them. A step about a member or unit the committee does not have is left out.
 */
sealed interface ProposalStep {

    /** Who acts in the demo's history for the proposal office, for members and for units, as the other demo loaders name them. */
    String OFFICE = "proposal.demo";
    String MEMBER = "demo-data";
    String UNIT = "demo-data";

    /** @return the day it is taken, not after today */
    LocalDate day();

    /** @return the catalogue places of the proposals it acts on, the one it changes first; never empty */
    List<Integer> slots();

    /** @param walker the proposals so far and the use cases to change them through */
    void take(ProposalWalker walker);

    /** A step that acts on one proposal only. */
    sealed interface OnOne extends ProposalStep {

        /** @return the catalogue place of the proposal it acts on */
        int slot();

        @Override
        default List<Integer> slots() {
            return List.of(slot());
        }
    }

    record Draft(LocalDate day, int slot, ProposalOrigin origin) implements OnOne {
        public void take(ProposalWalker walker) {
            walker.drafted(slot, origin);
        }
    }

    record InviteCoSigner(LocalDate day, int slot, int signer) implements OnOne {
        public void take(ProposalWalker walker) {
            Proposal p = walker.proposal(slot);
            walker.coSigner(slot, signer).ifPresent(member ->
                    walker.changed(slot, walker.proposers().inviteCoSigner(p.id(), p.version(), member, MEMBER)));
        }
    }

    record AnswerInvitation(LocalDate day, int slot, int signer, boolean accept) implements OnOne {
        public void take(ProposalWalker walker) {
            Proposal p = walker.proposal(slot);
            walker.coSigner(slot, signer).filter(member -> p.coSigner(member).isPresent()).ifPresent(member ->
                    walker.changed(slot, walker.proposers().answerInvitation(p.id(), p.version(), member, accept, MEMBER)));
        }
    }

    record Submit(LocalDate day, int slot) implements OnOne {
        public void take(ProposalWalker walker) {
            Proposal p = walker.proposal(slot);
            walker.changed(slot, walker.proposers().submit(p.id(), p.version(), p.proposer().kind().isMember() ? MEMBER : OFFICE));
        }
    }

    record Withdraw(LocalDate day, int slot) implements OnOne {
        public void take(ProposalWalker walker) {
            Proposal p = walker.proposal(slot);
            walker.changed(slot, walker.proposers().withdraw(p.id(), p.version(), walker.wording().withdrawal(), MEMBER));
        }
    }

    record ReturnForRevision(LocalDate day, int slot) implements OnOne {
        public void take(ProposalWalker walker) {
            Proposal p = walker.proposal(slot);
            walker.changed(slot, walker.office().returnForRevision(p.id(), p.version(), walker.wording().revisionAsked(), OFFICE));
        }
    }

    /** The proposer answers the filing review: the case gains the research it asked for. */
    record Revise(LocalDate day, int slot) implements OnOne {
        public void take(ProposalWalker walker) {
            Proposal p = walker.proposal(slot);
            ProposalContent revised = new ProposalContent(p.content().title(), walker.wording().revisedGrounds(p.content().grounds()),
                    p.content().suggestions(), p.content().category());
            String actor = p.proposer().kind().isMember() ? MEMBER : OFFICE;
            walker.changed(slot, walker.proposers().edit(p.id(), p.version(), p.proposer(), revised, actor));
        }
    }

    record File(LocalDate day, int slot) implements OnOne {
        public void take(ProposalWalker walker) {
            Proposal p = walker.proposal(slot);
            walker.changed(slot, walker.office().file(p.id(), p.version(), null, OFFICE));
        }
    }

    record RefuseFiling(LocalDate day, int slot, NotFiledReason reason) implements OnOne {
        public void take(ProposalWalker walker) {
            Proposal p = walker.proposal(slot);
            walker.changed(slot, walker.office().refuseFiling(p.id(), p.version(), reason, walker.wording().refusal(reason), OFFICE));
        }
    }

    record Convert(LocalDate day, int slot) implements OnOne {
        public void take(ProposalWalker walker) {
            Proposal p = walker.proposal(slot);
            walker.changed(slot, walker.office().convert(p.id(), p.version(), walker.wording().conversion(), OFFICE));
        }
    }

    record Merge(LocalDate day, int slot, int into) implements ProposalStep {
        public List<Integer> slots() {
            return List.of(slot, into);
        }

        public void take(ProposalWalker walker) {
            Proposal p = walker.proposal(slot);
            walker.changed(slot, walker.office().merge(p.id(), p.version(), walker.proposal(into).id(), OFFICE));
        }
    }

    record DesignateKey(LocalDate day, int slot) implements OnOne {
        public void take(ProposalWalker walker) {
            Proposal p = walker.proposal(slot);
            DemoProposal entry = walker.entry(slot);
            walker.changed(slot, walker.office().designateKey(p.id(), p.version(), entry.leadingLeaders(), entry.supervisingLeaders(), OFFICE));
        }
    }

    /** One proposal to its units, or several common ones as one bundle: the units are those of the first one's entry. */
    record Assign(LocalDate day, List<Integer> slots, HandlingMode mode, LocalDate deadline) implements ProposalStep {
        public Assign {
            slots = List.copyOf(slots);
        }

        public void take(ProposalWalker walker) {
            HandlingUnitId lead = walker.leadUnit(slots.get(0));
            List<HandlingUnitId> coUnits = walker.coUnits(slots.get(0));
            if (slots.size() > 1) {
                Map<ProposalId, Long> versions = new LinkedHashMap<>();
                slots.forEach(slot -> versions.put(walker.proposal(slot).id(), walker.proposal(slot).version()));
                List<Proposal> assigned = walker.office().assignBundle(versions, lead, coUnits, Optional.of(deadline), OFFICE);
                for (int i = 0; i < slots.size(); i++) {
                    walker.changed(slots.get(i), assigned.get(i));
                }
                return;
            }
            // A joint handling without co-handling units, should the registry lack them, is an ordinary one.
            HandlingMode handling = mode == HandlingMode.JOINT && coUnits.isEmpty() ? HandlingMode.SEPARATE : mode;
            Proposal p = walker.proposal(slots.get(0));
            walker.changed(slots.get(0), walker.office().assign(p.id(), p.version(), handling, lead, coUnits, Optional.of(deadline), OFFICE));
        }
    }

    record Acknowledge(LocalDate day, int slot, int unit) implements OnOne {
        public void take(ProposalWalker walker) {
            Proposal p = walker.proposal(slot);
            walker.task(slot, unit).ifPresent(id -> walker.changed(slot, walker.unitDesk().acknowledge(p.id(), p.version(), id, UNIT)));
        }
    }

    record Communicate(LocalDate day, int slot, int unit, CommunicationPhase phase, CommunicationMethod method) implements OnOne {
        public void take(ProposalWalker walker) {
            Proposal p = walker.proposal(slot);
            walker.task(slot, unit).ifPresent(id -> walker.changed(slot, walker.unitDesk().logCommunication(p.id(), p.version(),
                    new Communication(id, phase, method, day, walker.wording().communication(phase, p.content().title())), UNIT)));
        }
    }

    record RequestExtension(LocalDate day, int slot, int workingDays) implements OnOne {
        public void take(ProposalWalker walker) {
            Proposal p = walker.proposal(slot);
            walker.task(slot, 0).ifPresent(lead -> walker.changed(slot, walker.unitDesk().requestExtension(p.id(), p.version(), lead, workingDays,
                    walker.wording().extensionReason(), UNIT)));
        }
    }

    record DecideExtension(LocalDate day, int slot, boolean grant) implements OnOne {
        public void take(ProposalWalker walker) {
            Proposal p = walker.proposal(slot);
            walker.changed(slot, walker.office().decideExtension(p.id(), p.version(), grant, walker.wording().extensionDecision(grant), OFFICE));
        }
    }

    record Countersign(LocalDate day, int slot, int unit) implements OnOne {
        public void take(ProposalWalker walker) {
            Proposal p = walker.proposal(slot);
            walker.task(slot, unit).ifPresent(id -> walker.changed(slot, walker.unitDesk().countersign(p.id(), p.version(), id,
                    walker.wording().countersign(walker.unitName(id), p.content().title()), UNIT)));
        }
    }

    record Answer(LocalDate day, int slot, AnswerResult result) implements OnOne {
        public void take(ProposalWalker walker) {
            Proposal p = walker.proposal(slot);
            walker.task(slot, 0).ifPresent(lead -> walker.changed(slot, walker.unitDesk().answer(p.id(), p.version(), lead, result,
                    walker.wording().answer(result, p.content().title()), UNIT)));
        }
    }

    /** The lead member rates the answer; for a sector, party or special committee the proposal office records its rating. */
    record Rate(LocalDate day, int slot, Satisfaction satisfaction) implements OnOne {
        public void take(ProposalWalker walker) {
            Proposal p = walker.proposal(slot);
            boolean member = p.proposer().kind().isMember();
            walker.changed(slot, walker.proposers().rate(p.id(), p.version(), p.proposer().leadMember().orElse(null), satisfaction, true,
                    walker.wording().ratingComment(satisfaction), member ? MEMBER : OFFICE));
        }
    }

    record Rehandle(LocalDate day, int slot, LocalDate deadline) implements OnOne {
        public void take(ProposalWalker walker) {
            Proposal p = walker.proposal(slot);
            walker.changed(slot, walker.office().rehandle(p.id(), p.version(), Optional.of(deadline), walker.wording().rehandling(), OFFICE));
        }
    }

    record Close(LocalDate day, int slot) implements OnOne {
        public void take(ProposalWalker walker) {
            Proposal p = walker.proposal(slot);
            walker.changed(slot, walker.office().close(p.id(), p.version(), walker.wording().closure(), OFFICE));
        }
    }

    /** The government's supervision office grades the implementation; the proposal office records it. */
    record Grade(LocalDate day, int slot, ImplementationGrade grade) implements OnOne {
        public void take(ProposalWalker walker) {
            Proposal p = walker.proposal(slot);
            Supervision supervision = new Supervision(grade, walker.wording().supervisor(), Optional.of(walker.wording().supervisionNote(grade)),
                    day);
            walker.changed(slot, walker.office().gradeImplementation(p.id(), p.version(), supervision, OFFICE));
        }
    }
}
