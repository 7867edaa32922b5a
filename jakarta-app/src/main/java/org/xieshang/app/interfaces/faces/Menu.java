package org.xieshang.app.interfaces.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.CurrentUser;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.security.Target;
import org.xieshang.domain.security.Permission;

/** What the header offers the signed-in user: only the screens their roles may open. */
@Named
@RequestScoped
public class Menu {

    @Inject
    AccessControl access;

    @Inject
    CurrentUser user;

    @Inject
    CommitteeSelection selection;

    /**
     * @param permission a {@link Permission} name, such as {@code MEMBER_READ}
     * @return whether the user's roles hold it, so that its screen is offered
     */
    public boolean holds(String permission) {
        return access.holds(Permission.valueOf(permission));
    }

    /** @return the signed-in member's own record, for their "my file" link; null for other users */
    public String getOwnMemberId() {
        return user.isSignedIn() ? user.subject().memberId().map(MemberId::toString).orElse(null) : null;
    }

    /** @return whether the signed-in account is a handling unit's, for its portal of assigned proposals */
    public boolean isHandlingUnit() {
        return user.isSignedIn() && user.subject().unitId().isPresent() && holds(Permission.PROPOSAL_HANDLE.name());
    }

    /** @return whether the signed-in account is a member's who may write proposals, for "my proposals" */
    public boolean isProposer() {
        return getOwnMemberId() != null && holds(Permission.PROPOSAL_SUBMIT.name());
    }

    /** @return whether any proposal screen is offered, so that the header shows the 提案 group */
    public boolean isProposals() {
        return isProposer() || isHandlingUnit() || onCommittee(Permission.PROPOSAL_READ.name());
    }

    /** @return whether the signed-in account is a member's who may write social-condition reports, for "my reports" */
    public boolean isReporter() {
        return isProposer(); // one permission writes both: a member's proposals and reports are their own record's
    }

    /** @return whether any social-condition report screen is offered, so that the header shows the 社情民意 group */
    public boolean isSocialReports() {
        return isReporter() || onCommittee(Permission.PROPOSAL_MANAGE.name());
    }

    /** @return whether the user gives instructions (批示) on the committee chosen in the header, for the leader's page */
    public boolean isLeader() {
        return onCommittee(Permission.LEADER_INSTRUCT.name());
    }

    /**
     * @param permission a {@link Permission} name
     * @return whether the user may use it on the committee chosen in the header (a member list is staff's, not members')
     */
    public boolean onCommittee(String permission) {
        CommitteeId selected = selection.current();
        return selected != null && access.allows(Permission.valueOf(permission), Target.committee(selected));
    }
}
