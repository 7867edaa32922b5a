package org.xieshang.domain.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.xieshang.domain.audit.Actor;
import org.xieshang.domain.audit.AuditAction;
import org.xieshang.domain.audit.AuditTrail;
import org.xieshang.domain.audit.FieldChange;
import org.xieshang.domain.shared.DomainException;

/**
 * What users do for their own account: change their password under the policy, set up a second factor.
 * Thread-safe if its ports are; transactions belong to the caller.
 */
public final class AccountSecurity {

    private final UserAccounts accounts;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final SecurityPolicy policy;
    private final Clock clock;
    private final Totp totp = new Totp();

    /**
     * @param accounts account storage, not null
     * @param hasher   the password hash, not null
     * @param audit    the audit trail, not null
     * @param policy   the installation's policy, not null
     * @param clock    the clock, not null
     */
    public AccountSecurity(UserAccounts accounts, PasswordHasher hasher, AuditTrail audit, SecurityPolicy policy, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param actor           the user, not null
     * @param id              their account, not null
     * @param currentPassword the password they use now, not null
     * @param newPassword     the new one, not null
     * @return the account with the new password, never null
     * @throws DomainException {@code password.current-wrong} (field {@code currentPassword}), a policy violation
     *                         or {@code password.reused} (field {@code newPassword})
     */
    public UserAccount changePassword(Actor actor, UserId id, char[] currentPassword, char[] newPassword) {
        UserAccount account = accounts.require(id);
        if (!hasher.verify(currentPassword, account.passwordHash())) {
            throw new DomainException("password.current-wrong", "currentPassword");
        }
        policy.passwords().check(newPassword, account.username());
        boolean reused = hasher.verify(newPassword, account.passwordHash()) || account.previousPasswordHashes().stream()
                .limit(Math.max(0, policy.passwords().historySize() - 1L)).anyMatch(old -> hasher.verify(newPassword, old));
        if (reused) {
            throw new DomainException("password.reused", "newPassword", Math.max(1, policy.passwords().historySize()));
        }
        Instant now = clock.instant();
        UserAccount changed = accounts.save(account.withPassword(hasher.hash(newPassword), now));
        audit.append(actor.did(now, AuditAction.PASSWORD_CHANGED, Optional.of(account.committeeId()), "user", id.toString(),
                FieldChange.between(AccountAudit.fields(account, now), AccountAudit.fields(changed, now)), ""));
        return changed;
    }

    /**
     * Sets up a TOTP second factor once the user proves their app shows the right code. Replacing an existing
     * one also needs the password, so that a session left open cannot be used to take over the second factor.
     *
     * @param actor    the user, not null
     * @param id       their account, not null
     * @param password the current password, needed when a second factor is already set up; may be null otherwise
     * @param secret   the secret shown to them, not null
     * @param code     the code their app shows now, may be null
     * @return the account with the second factor, never null
     * @throws DomainException {@code password.current-wrong} (field {@code currentPassword}) or
     *                         {@code second-factor.code-invalid} (field {@code code})
     */
    public UserAccount enrolSecondFactor(Actor actor, UserId id, char[] password, TotpSecret secret, String code) {
        UserAccount account = accounts.require(id);
        if (account.secondFactor().isPresent() && (password == null || !hasher.verify(password, account.passwordHash()))) {
            throw new DomainException("password.current-wrong", "currentPassword");
        }
        Instant now = clock.instant();
        OptionalLong step = totp.verify(secret, code, now, -1);
        if (step.isEmpty()) {
            throw new DomainException("second-factor.code-invalid", "code");
        }
        UserAccount enrolled = accounts.save(account.withSecondFactor(Optional.of(secret), step.getAsLong()));
        audit.append(actor.did(now, AuditAction.SECOND_FACTOR_CHANGED, Optional.of(account.committeeId()), "user", id.toString(),
                FieldChange.between(AccountAudit.fields(account, now), AccountAudit.fields(enrolled, now)), "TOTP set up"));
        return enrolled;
    }

    /** @return the policy users are held to, never null */
    public SecurityPolicy policy() {
        return policy;
    }

}
