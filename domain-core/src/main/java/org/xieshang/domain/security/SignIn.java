package org.xieshang.domain.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.xieshang.domain.audit.Actor;
import org.xieshang.domain.audit.AuditAction;
import org.xieshang.domain.audit.AuditTrail;
import org.xieshang.domain.security.SignInResult.Reason;
import org.xieshang.domain.security.SignInResult.Refused;

/**
 * Signing in with login name, password and, where set up, a TOTP code: applies the lockout policy, refuses
 * disabled and (outside the demo profile) demo accounts, and audits every attempt. Thread-safe if its ports
 * are; transactions belong to the caller.
 */
public final class SignIn {

    private final UserAccounts accounts;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final SecurityPolicy policy;
    private final Clock clock;
    private final boolean demoAccountsAllowed;
    private final Totp totp = new Totp();
    private volatile String dummyHash;

    /**
     * @param accounts            account storage, not null
     * @param hasher              the password hash, not null
     * @param audit               the audit trail, not null
     * @param policy              the installation's policy, not null
     * @param clock               the clock, not null
     * @param demoAccountsAllowed whether documented demo accounts may sign in (the demo profile only)
     */
    public SignIn(UserAccounts accounts, PasswordHasher hasher, AuditTrail audit, SecurityPolicy policy, Clock clock, boolean demoAccountsAllowed) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.demoAccountsAllowed = demoAccountsAllowed;
    }

    /**
     * @param username         the login name as typed, may be null
     * @param password         the password as typed, not null
     * @param secondFactorCode the TOTP code as typed, may be null
     * @param clientAddress    where the attempt comes from, not null
     * @return signed in (with pending steps) or refused with a reason, never null
     */
    public SignInResult attempt(String username, char[] password, String secondFactorCode, String clientAddress) {
        Instant now = clock.instant();
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Actor actor = new Actor(name.isEmpty() ? "anonymous" : name, clientAddress);
        // Too long a password is refused like an unknown name, before the lookup, so that it reveals no names.
        Optional<UserAccount> found = name.isEmpty() || password.length > PasswordPolicy.MAX_LENGTH ? Optional.empty()
                : accounts.findByUsername(name);
        if (found.isEmpty()) {
            hasher.verify(password.length > PasswordPolicy.MAX_LENGTH ? new char[0] : password, dummyHash()); // as slow as a real account
            return refuse(actor, now, null, Reason.BAD_CREDENTIALS, "unknown login name");
        }
        UserAccount account = found.get();
        if (account.isLocked(now)) {
            return refuse(actor, now, account, Reason.LOCKED, "account locked");
        }
        if (!hasher.verify(password, account.passwordHash())) {
            return fail(actor, now, account, Reason.BAD_CREDENTIALS, "wrong password");
        }
        if (!account.enabled() || account.demo() && !demoAccountsAllowed) {
            return refuse(actor, now, account, Reason.DISABLED, account.enabled() ? "demo account outside the demo profile" : "account disabled");
        }
        OptionalLong step = OptionalLong.empty();
        if (account.secondFactor().isPresent()) {
            if (secondFactorCode == null || secondFactorCode.isBlank()) {
                return new Refused(Reason.SECOND_FACTOR_REQUIRED, Optional.empty());
            }
            step = totp.verify(account.secondFactor().get(), secondFactorCode, now, account.lastSecondFactorStep());
            if (step.isEmpty()) {
                return fail(actor, now, account, Reason.SECOND_FACTOR_INVALID, "wrong or reused second factor code");
            }
        }
        UserAccount signedIn = accounts.save(account.withSuccessfulSignIn(now, step));
        audit.append(actor.did(now, AuditAction.SIGN_IN, Optional.of(account.committeeId()), "user", account.id().toString(), List.of(),
                step.isPresent() ? "password and TOTP" : "password"));
        return new SignInResult.SignedIn(signedIn, signedIn.pendingSteps(policy, now));
    }

    private SignInResult fail(Actor actor, Instant now, UserAccount account, Reason reason, String detail) {
        UserAccount failed = accounts.save(account.withFailedSignIn(now, policy.lockout()));
        Refused refused = refuse(actor, now, account, reason, detail);
        if (failed.isLocked(now) && !account.isLocked(now)) {
            audit.append(actor.did(now, AuditAction.ACCOUNT_LOCKED, Optional.of(account.committeeId()), "user", account.id().toString(), List.of(),
                    "locked until " + failed.lockedUntil().orElseThrow() + " after " + failed.failedSignIns() + " failures"));
            return new Refused(Reason.LOCKED, failed.lockedUntil());
        }
        return refused;
    }

    private Refused refuse(Actor actor, Instant now, UserAccount account, Reason reason, String detail) {
        audit.append(actor.did(now, AuditAction.SIGN_IN_FAILED, Optional.ofNullable(account).map(UserAccount::committeeId), "user",
                account == null ? "" : account.id().toString(), List.of(), detail));
        return new Refused(reason, account == null ? Optional.empty() : account.lockedUntil().filter(now::isBefore));
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = hasher.hash("not a password of anyone".toCharArray());
            dummyHash = hash;
        }
        return hash;
    }
}
