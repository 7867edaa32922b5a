package org.xieshang.domain.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.xieshang.domain.audit.Actor;
import org.xieshang.domain.audit.AuditAction;
import org.xieshang.domain.audit.AuditTrail;
import org.xieshang.domain.audit.FieldChange;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.committee.HandlingUnits;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.Versions;

/**
 * The security administrator's work on accounts: opening them with one-time passwords, changing roles,
 * resetting passwords and second factors, unlocking, disabling; and the first start of an installation.
 * Every change is audited with the fields before and after. Thread-safe if its ports are; transactions
 * belong to the caller.
 *
 * <p>三权分立: administrator accounts come only from the first start. The security administrator cannot open
 * one, give an account an administrator role, or change an administrator's roles, second factor or status;
 * a password reset for one is possible only once it has a second factor, which the reset leaves in place, so the
 * resetter still cannot sign in as them.
 */
public final class UserAdministration {

    private final Committees committees;
    private final Members members;
    private final HandlingUnits units;
    private final UserAccounts accounts;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final Clock clock;

    /**
     * @param committees committee storage, not null
     * @param members    member storage, not null
     * @param units      handling unit storage, not null
     * @param accounts   account storage, not null
     * @param hasher     the password hash, not null
     * @param audit      the audit trail, not null
     * @param clock      the clock, not null
     */
    public UserAdministration(Committees committees, Members members, HandlingUnits units, UserAccounts accounts, PasswordHasher hasher,
                              AuditTrail audit, Clock clock) {
        this.committees = Objects.requireNonNull(committees, "committees");
        this.members = Objects.requireNonNull(members, "members");
        this.units = Objects.requireNonNull(units, "units");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Opens the three administrator accounts of a new installation (三员: sysadmin, secadmin, auditadmin),
     * each with its own one-time password, if no account exists yet.
     *
     * @param committeeId the installation's top committee, not null
     * @return the accounts with their one-time passwords, to be shown once; empty if accounts already existed
     */
    public List<IssuedPassword> firstStart(CommitteeId committeeId) {
        if (accounts.count() > 0) {
            return List.of();
        }
        List<IssuedPassword> issued = new ArrayList<>();
        issued.add(openChecked(Actor.system(), new NewAccount(committeeId, "sysadmin", "系统管理员", Set.of(Role.SYSTEM_ADMINISTRATOR),
                Optional.empty(), Optional.empty())));
        issued.add(openChecked(Actor.system(), new NewAccount(committeeId, "secadmin", "安全管理员", Set.of(Role.SECURITY_ADMINISTRATOR),
                Optional.empty(), Optional.empty())));
        issued.add(openChecked(Actor.system(), new NewAccount(committeeId, "auditadmin", "审计管理员", Set.of(Role.AUDIT_ADMINISTRATOR),
                Optional.empty(), Optional.empty())));
        return List.copyOf(issued);
    }

    /**
     * @param actor   the security administrator, not null
     * @param request the new account, not null
     * @return the stored account with its one-time password, never null
     * @throws DuplicateException {@code user.username.duplicate} or {@code user.member.taken}
     * @throws DomainException {@code user.roles.administrator-reserved} for an administrator role, {@code user.unit.inactive}
     *                         for a deactivated handling unit, or if a field breaks the account's invariants
     * @throws org.xieshang.domain.shared.NotFoundException if the member or handling unit is not the committee's
     */
    public IssuedPassword open(Actor actor, NewAccount request) {
        refuseAdministratorRoles(request.roles());
        return openChecked(actor, request);
    }

    private IssuedPassword openChecked(Actor actor, NewAccount request) {
        committees.require(request.committeeId());
        String username = request.username() == null ? null : request.username().strip().toLowerCase(Locale.ROOT);
        if (username != null && accounts.findByUsername(username).isPresent()) {
            throw new DuplicateException("user.username.duplicate", "username", username);
        }
        checkLinks(request.committeeId(), Optional.empty(), request.memberId(), request.unitId(), Optional.empty());
        char[] password = OneTimePasswords.next();
        Instant now = clock.instant();
        UserAccount account = accounts.save(UserAccount.open(UserId.generate(), username, request.displayName(), request.committeeId(),
                request.roles(), request.memberId(), request.unitId(), hasher.hash(password), now));
        audit.append(actor.did(now, AuditAction.CREATE, Optional.of(account.committeeId()), "user", account.id().toString(),
                FieldChange.between(null, AccountAudit.fields(account, now)), ""));
        return new IssuedPassword(account, password);
    }

    /**
     * Stores a documented demo account with a known password and, for administrators, a known TOTP secret.
     * Such accounts can sign in only where {@link SignIn} allows demo accounts.
     *
     * @param request  the account, not null
     * @param password its documented password, not null
     * @param secret   its documented second factor, if any
     * @return the stored account, never null
     */
    public UserAccount openDemo(NewAccount request, char[] password, Optional<TotpSecret> secret) {
        Instant now = clock.instant();
        UserAccount account = accounts.save(new UserAccount(UserId.generate(), request.username(), request.displayName(), request.committeeId(),
                request.roles(), request.memberId(), request.unitId(), hasher.hash(password), now, false, List.of(), 0, Optional.empty(), secret,
                -1, true, true, Optional.empty(), 0));
        audit.append(Actor.system().did(now, AuditAction.CREATE, Optional.of(account.committeeId()), "user", account.id().toString(),
                FieldChange.between(null, AccountAudit.fields(account, now)), "demo account"));
        return account;
    }

    /**
     * @param actor           the security administrator, not null
     * @param id              the account, not null
     * @param expectedVersion the version the caller read
     * @param roles           the new roles, not null
     * @param memberId        the linked member record, if any
     * @param unitId          the handling unit, if any
     * @return the changed account, never null
     */
    public UserAccount changeRoles(Actor actor, UserId id, long expectedVersion, Set<Role> roles, Optional<MemberId> memberId,
                                   Optional<HandlingUnitId> unitId) {
        UserAccount account = notAdministrator(current(id, expectedVersion));
        refuseAdministratorRoles(roles);
        checkLinks(account.committeeId(), Optional.of(id), memberId, unitId, account.unitId());
        return update(actor, account, account.withRoles(roles, memberId, unitId), AuditAction.UPDATE, "roles changed");
    }

    /**
     * @param actor           the security administrator, not null
     * @param id              the account, not null
     * @param expectedVersion the version the caller read
     * @return the account with a new one-time password (and no lockout), never null
     */
    public IssuedPassword resetPassword(Actor actor, UserId id, long expectedVersion) {
        UserAccount account = current(id, expectedVersion);
        // Without its second factor an administrator's account would be the resetter's: refuse.
        if (account.roles().stream().anyMatch(Role::isAdministrator) && account.secondFactor().isEmpty()) {
            throw new DomainException("user.administrator.protected", null, account.username());
        }
        char[] password = OneTimePasswords.next();
        UserAccount reset = update(actor, account, account.withOneTimePassword(hasher.hash(password), clock.instant()), AuditAction.PASSWORD_RESET,
                "one-time password issued");
        return new IssuedPassword(reset, password);
    }

    /**
     * @param actor           the security administrator, not null
     * @param id              the account, not null
     * @param expectedVersion the version the caller read
     * @return the account without its second factor (to be set up again at the next sign-in), never null
     */
    public UserAccount resetSecondFactor(Actor actor, UserId id, long expectedVersion) {
        UserAccount account = notAdministrator(current(id, expectedVersion));
        return update(actor, account, account.withSecondFactor(Optional.empty(), -1), AuditAction.SECOND_FACTOR_CHANGED, "second factor removed");
    }

    /**
     * @param actor           the security administrator, not null
     * @param id              the account, not null
     * @param expectedVersion the version the caller read
     * @return the account unlocked, never null
     */
    public UserAccount unlock(Actor actor, UserId id, long expectedVersion) {
        UserAccount account = current(id, expectedVersion);
        return update(actor, account, account.unlocked(), AuditAction.UPDATE, "unlocked");
    }

    /**
     * @param actor           the security administrator, not null
     * @param id              the account, not null
     * @param expectedVersion the version the caller read
     * @return the account, able to sign in again; never null
     */
    public UserAccount enable(Actor actor, UserId id, long expectedVersion) {
        UserAccount account = notAdministrator(current(id, expectedVersion));
        return update(actor, account, account.withEnabled(true), AuditAction.UPDATE, "enabled");
    }

    /**
     * @param actor           the security administrator, not null
     * @param id              the account, not null
     * @param expectedVersion the version the caller read
     * @return the account, unable to sign in; never null
     */
    public UserAccount disable(Actor actor, UserId id, long expectedVersion) {
        UserAccount account = notAdministrator(current(id, expectedVersion));
        return update(actor, account, account.withEnabled(false), AuditAction.UPDATE, "disabled");
    }

    private static void refuseAdministratorRoles(Set<Role> roles) {
        if (roles.stream().anyMatch(Role::isAdministrator)) {
            throw new DomainException("user.roles.administrator-reserved", "roles");
        }
    }

    private static UserAccount notAdministrator(UserAccount account) {
        if (account.roles().stream().anyMatch(Role::isAdministrator)) {
            throw new DomainException("user.administrator.protected", null, account.username());
        }
        return account;
    }

    private UserAccount current(UserId id, long expectedVersion) {
        UserAccount account = accounts.require(id);
        Versions.check("user", id, account.version(), expectedVersion);
        return account;
    }

    private UserAccount update(Actor actor, UserAccount before, UserAccount after, AuditAction action, String detail) {
        Instant now = clock.instant();
        UserAccount saved = accounts.save(after);
        audit.append(actor.did(now, action, Optional.of(saved.committeeId()), "user", saved.id().toString(),
                FieldChange.between(AccountAudit.fields(before, now), AccountAudit.fields(saved, now)), detail));
        return saved;
    }

    /**
     * @param currentUnit the account's unit before the change: it may stay linked after the unit was deactivated,
     *                    so that the account's other roles can still be changed
     */
    private void checkLinks(CommitteeId committeeId, Optional<UserId> self, Optional<MemberId> memberId, Optional<HandlingUnitId> unitId,
                            Optional<HandlingUnitId> currentUnit) {
        if (memberId.isPresent()) {
            members.requireMemberOf(committeeId, memberId.get(), "memberId");
            accounts.findByMember(memberId.get()).filter(other -> self.map(id -> !id.equals(other.id())).orElse(true)).ifPresent(other -> {
                throw new DuplicateException("user.member.taken", "memberId", other.username());
            });
        }
        if (unitId.isPresent()) {
            HandlingUnit unit = units.requireOf(committeeId, unitId.get(), "unitId");
            if (!unit.active() && !unitId.equals(currentUnit)) {
                throw new DomainException("user.unit.inactive", "unitId", unit.name());
            }
        }
    }
}
