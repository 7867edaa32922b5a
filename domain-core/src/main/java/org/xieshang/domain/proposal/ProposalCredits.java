package org.xieshang.domain.proposal;

import org.xieshang.domain.duty.DutyEventDraft;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.DutyEventPublisher;
import org.xieshang.domain.duty.SourceRef;
import org.xieshang.domain.duty.SourceType;
import org.xieshang.domain.member.MemberId;

/**
 * What a proposal puts into its members' duty files, through the duty-event port: when filed, the lead member is
 * credited with leading a filed proposal and each co-signer with co-signing; when chosen as a key proposal, the lead
 * member once more. Collective proposals credit no member.
 */
final class ProposalCredits {

    private final DutyEventPublisher duty;

    ProposalCredits(DutyEventPublisher duty) {
        this.duty = duty;
    }

    void filed(Proposal proposal) {
        proposal.proposer().leadMember().ifPresent(lead -> {
            publish(proposal, lead, DutyEventKind.PROPOSAL_LEAD);
            publish(proposal, lead, DutyEventKind.PROPOSAL_FILED);
        });
        proposal.signatories().stream().skip(proposal.proposer().leadMember().isPresent() ? 1 : 0)
                .forEach(coSigner -> publish(proposal, coSigner, DutyEventKind.PROPOSAL_COSIGNED));
    }

    void keyDesignated(Proposal proposal) {
        proposal.proposer().leadMember().ifPresent(lead -> publish(proposal, lead, DutyEventKind.PROPOSAL_KEY));
    }

    private void publish(Proposal proposal, MemberId member, DutyEventKind kind) {
        duty.publish(new DutyEventDraft(proposal.committeeId(), member, kind, proposal.filing().orElseThrow().decidedOn(),
                SourceRef.of(SourceType.PROPOSAL, proposal.id()), proposal.content().title()));
    }
}
