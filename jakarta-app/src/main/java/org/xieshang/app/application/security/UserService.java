package org.xieshang.app.application.security;

import static org.xieshang.domain.security.Permission.USER_MANAGE;
import static org.xieshang.domain.security.Permission.USER_READ;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.committee.HandlingUnits;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberCode;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.security.IssuedPassword;
import org.xieshang.domain.security.NewAccount;
import org.xieshang.domain.security.Role;
import org.xieshang.domain.security.Target;
import org.xieshang.domain.security.UserAccount;
import org.xieshang.domain.security.UserAccounts;
import org.xieshang.domain.security.UserAdministration;
import org.xieshang.domain.security.UserId;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/**
 * Accounts for the security administrator's screen and the API: one transaction per call, checked
 * ({@code USER_READ}, {@code USER_MANAGE} on the account's committee) and audited by the domain's use cases.
 */
@ApplicationScoped
@Transactional
public class UserService {

    @Inject
    UserAccounts accounts;

    @Inject
    UserAdministration administration;

    @Inject
    AccessControl access;

    @Inject
    CurrentUser user;

    @Inject
    Members members;

    @Inject
    HandlingUnits units;

    public Page<UserAccount> ofCommittee(CommitteeId committeeId, PageRequest request) {
        access.require(USER_READ, Target.committee(committeeId));
        return accounts.ofCommittee(committeeId, request);
    }

    public UserAccount get(UserId id) {
        UserAccount account = accounts.require(id);
        access.require(USER_READ, Target.committee(account.committeeId()));
        return account;
    }

    /** @return the new account with its one-time password, to be shown to the administrator once */
    public IssuedPassword open(NewAccount request) {
        access.require(USER_MANAGE, Target.committee(request.committeeId()));
        return administration.open(user.actor(), request);
    }

    public UserAccount changeRoles(UserId id, long expectedVersion, Set<Role> roles, Optional<MemberId> memberId, Optional<HandlingUnitId> unitId) {
        managed(id);
        return administration.changeRoles(user.actor(), id, expectedVersion, roles, memberId, unitId);
    }

    /** @return the account with a new one-time password, to be shown to the administrator once */
    public IssuedPassword resetPassword(UserId id, long expectedVersion) {
        managed(id);
        return administration.resetPassword(user.actor(), id, expectedVersion);
    }

    public UserAccount unlock(UserId id, long expectedVersion) {
        managed(id);
        return administration.unlock(user.actor(), id, expectedVersion);
    }

    public UserAccount enable(UserId id, long expectedVersion) {
        managed(id);
        return administration.enable(user.actor(), id, expectedVersion);
    }

    public UserAccount disable(UserId id, long expectedVersion) {
        managed(id);
        return administration.disable(user.actor(), id, expectedVersion);
    }

    public UserAccount resetSecondFactor(UserId id, long expectedVersion) {
        managed(id);
        return administration.resetSecondFactor(user.actor(), id, expectedVersion);
    }

    /**
     * Finds the member record a member's account is to be linked to, by the code the administrator knows; reveals
     * nothing of the member but the identifier.
     *
     * @param committeeId the committee, not null
     * @param code        a member code, may be null
     * @return the member's identifier, if the committee has that code
     */
    public Optional<MemberId> memberByCode(CommitteeId committeeId, String code) {
        access.require(USER_MANAGE, Target.committee(committeeId));
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return members.findByCode(committeeId, MemberCode.of(code.strip())).map(Member::id);
    }

    /**
     * The units a handling unit's account can be linked to, for the administrator's choice; a security administrator
     * holds no proposal permission, so the choice comes with the right to open accounts.
     *
     * @param committeeId the committee, not null
     * @return its active handling units by name, never null
     */
    public List<HandlingUnit> unitChoices(CommitteeId committeeId) {
        access.require(USER_MANAGE, Target.committee(committeeId));
        return units.ofCommittee(committeeId, true);
    }

    private void managed(UserId id) {
        access.require(USER_MANAGE, Target.committee(accounts.require(id).committeeId()));
    }
}
