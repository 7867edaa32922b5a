package org.xieshang.app.interfaces.faces;

import static org.xieshang.domain.proposal.ProposalAction.CLOSE;
import static org.xieshang.domain.proposal.ProposalAction.GRADE_IMPLEMENTATION;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.xieshang.app.application.proposal.ProposalService;
import org.xieshang.app.application.proposal.ProposalViews;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.CurrentUser;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.proposal.CoSignStatus;
import org.xieshang.domain.proposal.Handling;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalId;
import org.xieshang.domain.proposal.ProposalLifecycle;
import org.xieshang.domain.proposal.ProposalStatus;
import org.xieshang.domain.security.Permission;
import org.xieshang.domain.security.Target;
import org.xieshang.domain.shared.DomainException;

/**
 * One proposal's page (提案详情) for anyone who may read it: the proposal and its whole handling, and what the reader may
 * do now. The forms of the office and the proposer have beans of their own; an invitation to co-sign is answered here.
 */
@Named
@ViewScoped
public class ProposalDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProposalService proposals;

    @Inject
    ProposalViews views;

    @Inject
    AccessControl access;

    @Inject
    CurrentUser user;

    private String id;
    private long version;
    private ProposalDetail detail;
    private boolean managing;
    private boolean closable;
    private boolean rehandleable;
    private boolean gradable;
    private boolean ratable;
    private boolean invited;
    private boolean ownDraft;

    /** Loads the proposal named in the address; 404 for an unknown one or another member's draft. */
    public void load() {
        Proposal p = Pages.orNotFound(() -> proposals.get(ProposalId.parse(id == null ? "" : id)));
        if (p != null) {
            show(p);
        }
    }

    /** Shows the proposal as a change left it, after an action on this page. */
    void show(Proposal p) {
        version = p.version();
        detail = new ProposalDetail(p, new ProposalNames(views), Now.today());
        Optional<MemberId> me = user.subject().memberId();
        boolean lead = me.isPresent() && p.proposer().leadMember().equals(me);
        managing = access.allows(Permission.PROPOSAL_MANAGE, Target.committee(p.committeeId()));
        closable = managing && ProposalLifecycle.next(p.status(), CLOSE).isPresent();
        gradable = managing && ProposalLifecycle.next(p.status(), GRADE_IMPLEMENTATION).isPresent();
        rehandleable = managing && p.status() == ProposalStatus.RATED
                && p.handling().flatMap(Handling::latestRating).map(r -> !r.satisfaction().accepts()).orElse(false);
        // The lead member rates; a collective proposer's rating is recorded by the office.
        ratable = p.status() == ProposalStatus.ANSWERED && (p.proposer().kind().isMember() ? lead : managing);
        invited = p.status() == ProposalStatus.DRAFT && me.flatMap(p::coSigner).map(c -> c.status() == CoSignStatus.INVITED).orElse(false);
        ownDraft = lead && p.status() == ProposalStatus.DRAFT;
    }

    /** The signed-in member co-signs the draft, or declines. */
    public void answerInvitation(boolean accept) {
        try {
            show(proposals.answerInvitation(proposalId(), version, accept));
            FormErrors.confirm(accept ? "my-proposals.invitation.accepted" : "my-proposals.invitation.declined", detail.getTitle());
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
    }

    ProposalId proposalId() {
        return ProposalId.parse(id);
    }

    long version() {
        return version;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ProposalDetail getDetail() {
        return detail;
    }

    /** @return whether the reader works in the proposal office of its committee */
    public boolean isManaging() {
        return managing;
    }

    public boolean isClosable() {
        return closable;
    }

    public boolean isRehandleable() {
        return rehandleable;
    }

    public boolean isGradable() {
        return gradable;
    }

    public boolean isRatable() {
        return ratable;
    }

    public boolean isInvited() {
        return invited;
    }

    /** @return whether the reader leads this draft and so edits it on "my proposals" */
    public boolean isOwnDraft() {
        return ownDraft;
    }
}
