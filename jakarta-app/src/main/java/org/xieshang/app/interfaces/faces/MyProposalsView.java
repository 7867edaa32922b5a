package org.xieshang.app.interfaces.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.xieshang.app.application.MemberService;
import org.xieshang.app.application.proposal.ProposalService;
import org.xieshang.app.application.proposal.ProposalViews;
import org.xieshang.app.application.security.CurrentUser;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalId;
import org.xieshang.domain.proposal.ProposalQuery;
import org.xieshang.domain.shared.DomainException;

/**
 * A member's own proposals (我的提案) of a year: those the member leads, drafts included, and those the member was
 * invited to co-sign, with the invitations to answer first. Withdrawing and answering invitations happen in the list;
 * writing a draft in the editor below it. Accounts without a member record have no page here.
 */
@Named
@ViewScoped
public class MyProposalsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser user;

    @Inject
    MemberService members;

    @Inject
    ProposalService proposals;

    @Inject
    ProposalViews views;

    private SignedInMember member;
    private Integer year;
    private List<MyProposalRow> rows = List.of();

    /** Loads the signed-in member's proposals; 403 for an account that is no member's. */
    public void load() {
        member = SignedInMember.resolve(user, members).orElse(null);
        if (member != null) {
            reload();
        }
    }

    void reload() {
        MemberId me = memberId();
        ProposalNames names = new ProposalNames(views);
        LocalDate today = Now.today();
        rows = ProposalLists.all(proposals, ProposalQuery.of(committeeId(), getYear()).concerning(me)).stream()
                .map(p -> new MyProposalRow(p, me, names, today)).toList();
    }

    public void accept(MyProposalRow row) {
        run(() -> proposals.answerInvitation(id(row), row.getProposal().version(), true), "my-proposals.invitation.accepted");
    }

    public void decline(MyProposalRow row) {
        run(() -> proposals.answerInvitation(id(row), row.getProposal().version(), false), "my-proposals.invitation.declined");
    }

    /** Takes a draft or a submitted proposal back before the office files it. */
    public void withdraw(MyProposalRow row) {
        run(() -> proposals.withdraw(id(row), row.getProposal().version(), null), "my-proposals.withdrawn");
    }

    private void run(Supplier<Proposal> change, String confirmation) {
        try {
            FormErrors.confirm(confirmation, change.get().content().title());
            reload();
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
    }

    private static ProposalId id(MyProposalRow row) {
        return ProposalId.parse(row.getProposal().getId());
    }

    CommitteeId committeeId() {
        return member.committeeId();
    }

    MemberId memberId() {
        return member.memberId();
    }

    /** @return the invitations to co-sign still to be answered */
    public List<MyProposalRow> getInvitations() {
        return rows.stream().filter(MyProposalRow::isInvitationOpen).toList();
    }

    /** @return the proposals the member leads or answered an invitation to */
    public List<MyProposalRow> getRows() {
        return rows.stream().filter(r -> !r.isInvitationOpen()).toList();
    }

    public Integer getYear() {
        return year == null ? Now.today().getYear() : year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    /** @return this year and the next (drafts for the coming session), then the years before */
    public List<Integer> getYears() {
        return Now.recentYears(true);
    }
}
