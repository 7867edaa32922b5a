package org.xieshang.app.application.proposal;

import static org.xieshang.domain.security.Permission.PROPOSAL_READ;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.AccessDeniedException;
import org.xieshang.app.application.security.CurrentUser;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalQuery;
import org.xieshang.domain.proposal.ProposalStatus;
import org.xieshang.domain.security.Subject;
import org.xieshang.domain.security.Target;

/**
 * Who may see and touch which proposal. A proposal's target is the signed-in member's own record when the member leads
 * it or was invited to co-sign it, the user's unit when it is assigned there, and otherwise the committee: so members
 * reach their own proposals, units their own assignments, and staff their committee's.
 */
@ApplicationScoped
public class ProposalAccess {

    @Inject
    CurrentUser user;

    @Inject
    AccessControl access;

    /**
     * @param proposal a proposal, not null
     * @return the target to check a permission on, never null
     */
    public Target targetOf(Proposal proposal) {
        Subject subject = user.subject();
        if (subject.memberId().filter(proposal::concerns).isPresent()) {
            return Target.memberRecord(proposal.committeeId(), subject.memberId().get());
        }
        if (subject.unitId().filter(proposal::isAssignedTo).isPresent()) {
            return Target.assignedTo(proposal.committeeId(), subject.unitId().get());
        }
        return Target.committee(proposal.committeeId());
    }

    /**
     * Narrows a listing to what the user may read: everything for committee-wide readers, a member's own proposals, a
     * unit's assignments.
     *
     * @param query the listing asked for, not null
     * @return the query the user may run, never null
     * @throws AccessDeniedException if the user may read none of the committee's proposals
     */
    public ProposalQuery readable(ProposalQuery query) {
        CommitteeId committeeId = query.committeeId();
        if (access.allows(PROPOSAL_READ, Target.committee(committeeId))) {
            // A draft is its proposer's own until submitted.
            Set<ProposalStatus> wanted = query.statuses().isEmpty() ? EnumSet.allOf(ProposalStatus.class) : EnumSet.copyOf(query.statuses());
            wanted.remove(ProposalStatus.DRAFT);
            return query.inStatus(wanted);
        }
        Subject subject = user.subject();
        Optional<ProposalQuery> own = subject.memberId().filter(m -> access.allows(PROPOSAL_READ, Target.memberRecord(committeeId, m)))
                .map(query::concerning)
                .or(() -> subject.unitId().filter(u -> access.allows(PROPOSAL_READ, Target.assignedTo(committeeId, u))).map(query::assignedTo));
        if (own.isEmpty()) {
            access.require(PROPOSAL_READ, Target.committee(committeeId));
        }
        return own.orElseThrow();
    }
}
