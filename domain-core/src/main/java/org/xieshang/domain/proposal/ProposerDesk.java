package org.xieshang.domain.proposal;

import java.time.Clock;
import java.util.Objects;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.notification.Notifier;
import org.xieshang.domain.shared.Guard;

/**
 * The proposer's use cases: write a draft, invite co-signers (and answer an invitation), submit or withdraw, and rate
 * the answer. Every change names the version the caller read. Thread-safe if its ports are.
 */
public final class ProposerDesk {

    private final ProposalChanges changes;
    private final Members members;

    /**
     * @param proposals proposal storage, not null
     * @param members   member storage, to check lead members and co-signers, not null
     * @param notifier  where notices go, not null
     * @param clock     the committee's clock, not null
     */
    public ProposerDesk(Proposals proposals, Members members, Notifier notifier, Clock clock) {
        this.changes = new ProposalChanges(Objects.requireNonNull(proposals, "proposals"), Objects.requireNonNull(notifier, "notifier"),
                Objects.requireNonNull(clock, "clock"));
        this.members = Objects.requireNonNull(members, "members");
    }

    /**
     * @param committeeId the committee, not null
     * @param year        the session's year
     * @param origin      plenary or between sessions, not null
     * @param proposer    who puts it forward; a lead member must be the committee's
     * @param content     what it says, not null
     * @return the draft as stored, never null
     */
    public Proposal draft(CommitteeId committeeId, int year, ProposalOrigin origin, Proposer proposer, ProposalContent content) {
        checkLead(committeeId, Guard.required(proposer, "proposer"));
        return changes.proposals().save(Proposal.draft(ProposalId.generate(), committeeId, year, origin, proposer, content));
    }

    /**
     * @param id              the draft, not null
     * @param expectedVersion the version read
     * @param proposer        who puts it forward, not null
     * @param content         what it says, not null
     * @param actor           who, not blank
     * @return the draft as stored, never null
     */
    public Proposal edit(ProposalId id, long expectedVersion, Proposer proposer, ProposalContent content, String actor) {
        return changes.apply(id, expectedVersion, actor, (p, act) -> {
            checkLead(p.committeeId(), Guard.required(proposer, "proposer"));
            return p.edit(proposer, content, act);
        });
    }

    /**
     * @param id              the draft, not null
     * @param expectedVersion the version read
     * @param memberId        a member of the proposal's committee, not null
     * @param actor           who, not blank
     * @return the draft with the invitation, never null
     */
    public Proposal inviteCoSigner(ProposalId id, long expectedVersion, MemberId memberId, String actor) {
        return changes.apply(id, expectedVersion, actor, (p, act) -> {
            members.requireMemberOf(p.committeeId(), Guard.required(memberId, "memberId"), "memberId");
            return p.inviteCoSigner(memberId, act);
        });
    }

    /**
     * @param id              the draft, not null
     * @param expectedVersion the version read
     * @param memberId        the invited member, not null
     * @param accept          whether the member co-signs
     * @param actor           who, not blank
     * @return the draft with the answer, never null
     */
    public Proposal answerInvitation(ProposalId id, long expectedVersion, MemberId memberId, boolean accept, String actor) {
        return changes.apply(id, expectedVersion, actor, (p, act) -> p.answerInvitation(memberId, accept, act));
    }

    /**
     * @param id              the draft, not null
     * @param expectedVersion the version read
     * @param actor           who, not blank
     * @return the proposal submitted, never null
     */
    public Proposal submit(ProposalId id, long expectedVersion, String actor) {
        return changes.apply(id, expectedVersion, actor, (p, act) -> p.submit(act));
    }

    /**
     * @param id              a draft or submitted proposal, not null
     * @param expectedVersion the version read
     * @param reason          why, may be null
     * @param actor           who, not blank
     * @return the proposal withdrawn, never null
     */
    public Proposal withdraw(ProposalId id, long expectedVersion, String reason, String actor) {
        return changes.apply(id, expectedVersion, actor, (p, act) -> p.withdraw(reason, act));
    }

    /**
     * @param id              an answered proposal, not null
     * @param expectedVersion the version read
     * @param rater           the lead member rating; null when the proposal office records a collective proposer's rating
     * @param satisfaction    the verdict, not null
     * @param contacted       whether the unit contacted the proposer
     * @param comment         what the proposer adds; required when unsatisfied
     * @param actor           who, not blank
     * @return the proposal rated, never null
     * @throws org.xieshang.domain.shared.DomainException {@code proposal.rating.not-proposer} for anyone else
     */
    public Proposal rate(ProposalId id, long expectedVersion, MemberId rater, Satisfaction satisfaction, boolean contacted, String comment,
                         String actor) {
        return changes.apply(id, expectedVersion, actor, (p, act) -> p.rate(rater, satisfaction, contacted, comment, act));
    }

    private void checkLead(CommitteeId committeeId, Proposer proposer) {
        proposer.leadMember().ifPresent(lead -> members.requireMemberOf(committeeId, lead, "leadMember"));
    }
}
