package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import java.time.LocalDate;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.proposal.CoSignStatus;
import org.xieshang.domain.proposal.CoSigner;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalStatus;

/** One of a member's proposals: led (领衔) or co-signed, with what the member may still do with it. */
public class MyProposalRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ProposalRow proposal;
    private final String part;
    private final boolean lead;
    private final boolean draft;
    private final boolean withdrawable;
    private final boolean invitationOpen;

    MyProposalRow(Proposal p, MemberId me, ProposalNames names, LocalDate today) {
        proposal = new ProposalRow(p, names, today);
        lead = p.proposer().leadMember().map(me::equals).orElse(false);
        part = lead ? Texts.text("my-proposals.part.lead") : p.coSigner(me).map(CoSigner::status).map(Texts::label).orElse("");
        draft = p.status() == ProposalStatus.DRAFT;
        withdrawable = lead && (p.status() == ProposalStatus.DRAFT || p.status() == ProposalStatus.SUBMITTED);
        invitationOpen = draft && p.coSigner(me).map(c -> c.status() == CoSignStatus.INVITED).orElse(false);
    }

    public ProposalRow getProposal() {
        return proposal;
    }

    /** @return 领衔 for the lead, or the answer to the invitation to co-sign */
    public String getPart() {
        return part;
    }

    public boolean isLead() {
        return lead;
    }

    /** @return whether the member leads it and it is still a draft, to be edited */
    public boolean isEditable() {
        return lead && draft;
    }

    public boolean isWithdrawable() {
        return withdrawable;
    }

    /** @return whether the member was invited to co-sign and has not answered */
    public boolean isInvitationOpen() {
        return invitationOpen;
    }
}
