package org.xieshang.domain.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Guard;

/**
 * A user account of one committee. Aggregate root; immutable and thread-safe: every change returns a new
 * instance with the same version, which storage raises on save.
 *
 * <p>Invariants: a login name of 3–32 lower-case letters, digits, dots, hyphens or underscores; at least one
 * role; an administrator account holds exactly one role (三权分立: separate accounts); a member's account is
 * linked to their member record, a handling unit's account to its unit.
 *
 * @param id                     identifier, not null
 * @param username               login name, not null
 * @param displayName            name shown on screens, not null
 * @param committeeId            the committee the account belongs to, not null
 * @param roles                  roles, not null, not empty
 * @param memberId               the linked member record, present for {@link Role#MEMBER}
 * @param unitId                 the handling unit, present for {@link Role#HANDLING_UNIT}
 * @param passwordHash           the current password's hash, not null
 * @param passwordChangedAt      when it was set, not null
 * @param oneTimePassword        whether it was set by an administrator or at first start and must be changed
 * @param previousPasswordHashes hashes of earlier passwords, newest first, not null
 * @param failedSignIns          consecutive failed sign-ins
 * @param lockedUntil            end of a lockout, if locked or once locked
 * @param secondFactor           the TOTP secret, if set up
 * @param lastSecondFactorStep   the time step of the last accepted TOTP code, against replay
 * @param enabled                whether the account may sign in at all
 * @param demo                   whether it is a documented demo account (usable only in the demo profile)
 * @param lastSignInAt           the last successful sign-in, if any
 * @param version                optimistic-lock version, 0 before first save
 */
public record UserAccount(UserId id, String username, String displayName, CommitteeId committeeId, Set<Role> roles, Optional<MemberId> memberId,
                          Optional<HandlingUnitId> unitId, String passwordHash, Instant passwordChangedAt, boolean oneTimePassword,
                          List<String> previousPasswordHashes, int failedSignIns, Optional<Instant> lockedUntil,
                          Optional<TotpSecret> secondFactor, long lastSecondFactorStep, boolean enabled, boolean demo,
                          Optional<Instant> lastSignInAt, long version) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");
    private static final int HISTORY_KEPT = 24;

    /** Checks the invariants. */
    public UserAccount {
        Objects.requireNonNull(id, "id");
        Guard.check(username != null && USERNAME.matcher(username).matches(), "user.username.malformed", "username");
        displayName = Guard.text(displayName, "displayName", 50);
        Objects.requireNonNull(committeeId, "committeeId");
        Guard.check(roles != null && !roles.isEmpty(), "user.roles.required", "roles");
        roles = Set.copyOf(roles);
        if (roles.stream().anyMatch(Role::isAdministrator) && roles.size() > 1) {
            throw new DomainException("user.roles.administrator-alone", "roles");
        }
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(unitId, "unitId");
        Guard.check(!roles.contains(Role.MEMBER) || memberId.isPresent(), "user.member.required", "memberId");
        Guard.check(!roles.contains(Role.HANDLING_UNIT) || unitId.isPresent(), "user.unit.required", "unitId");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(passwordChangedAt, "passwordChangedAt");
        previousPasswordHashes = List.copyOf(previousPasswordHashes);
        Objects.requireNonNull(lockedUntil, "lockedUntil");
        Objects.requireNonNull(secondFactor, "secondFactor");
        Objects.requireNonNull(lastSignInAt, "lastSignInAt");
    }

    /**
     * @param id           identifier, not null
     * @param username     login name, not null
     * @param displayName  name shown on screens, not null
     * @param committeeId  the committee, not null
     * @param roles        roles, not null
     * @param memberId     linked member record, if any
     * @param unitId       handling unit, if any
     * @param oneTimeHash  hash of the one-time password handed to the user, not null
     * @param now          the current instant, not null
     * @return a new enabled account whose password must be changed at first sign-in, never null
     */
    public static UserAccount open(UserId id, String username, String displayName, CommitteeId committeeId, Set<Role> roles,
                                   Optional<MemberId> memberId, Optional<HandlingUnitId> unitId, String oneTimeHash, Instant now) {
        return new UserAccount(id, username, displayName, committeeId, roles, memberId, unitId, oneTimeHash, now, true, List.of(), 0,
                Optional.empty(), Optional.empty(), -1, true, false, Optional.empty(), 0);
    }

    /**
     * @param now the current instant, not null
     * @return whether a lockout is in force
     */
    public boolean isLocked(Instant now) {
        return lockedUntil.map(now::isBefore).orElse(false);
    }

    /**
     * @param now    the current instant, not null
     * @param policy the lockout policy, not null
     * @return the account after one more failed sign-in, locked if that reaches the policy's limit; never null
     */
    public UserAccount withFailedSignIn(Instant now, LockoutPolicy policy) {
        int failures = lockedUntil.isPresent() && !isLocked(now) ? 1 : failedSignIns + 1;
        Optional<Instant> lock = failures >= policy.maxFailures() ? Optional.of(now.plus(policy.lockDuration()))
                : lockedUntil.filter(until -> now.isBefore(until));
        return new UserAccount(id, username, displayName, committeeId, roles, memberId, unitId, passwordHash, passwordChangedAt, oneTimePassword,
                previousPasswordHashes, failures, lock, secondFactor, lastSecondFactorStep, enabled, demo, lastSignInAt, version);
    }

    /**
     * @param now              the current instant, not null
     * @param secondFactorStep the step of the TOTP code used, if one was
     * @return the account after a successful sign-in: failures cleared, never null
     */
    public UserAccount withSuccessfulSignIn(Instant now, OptionalLong secondFactorStep) {
        return new UserAccount(id, username, displayName, committeeId, roles, memberId, unitId, passwordHash, passwordChangedAt, oneTimePassword,
                previousPasswordHashes, 0, Optional.empty(), secondFactor, secondFactorStep.orElse(lastSecondFactorStep), enabled, demo,
                Optional.of(now), version);
    }

    /**
     * @param newHash the new password's hash, not null
     * @param now     the current instant, not null
     * @return the account with a password of the user's choosing; the current one joins the history; never null
     */
    public UserAccount withPassword(String newHash, Instant now) {
        List<String> history = new ArrayList<>(HISTORY_KEPT);
        if (!oneTimePassword) { // one-time passwords were never the user's: they take no place in the history
            history.add(passwordHash);
        }
        previousPasswordHashes.stream().limit(HISTORY_KEPT - (long) history.size()).forEach(history::add);
        return new UserAccount(id, username, displayName, committeeId, roles, memberId, unitId, Objects.requireNonNull(newHash, "newHash"), now,
                false, history, failedSignIns, lockedUntil, secondFactor, lastSecondFactorStep, enabled, demo, lastSignInAt, version);
    }

    /**
     * @param oneTimeHash hash of a one-time password set by a security administrator, not null
     * @param now         the current instant, not null
     * @return the account with that password, which must be changed at the next sign-in, and no lockout; never null
     */
    public UserAccount withOneTimePassword(String oneTimeHash, Instant now) {
        List<String> history = new ArrayList<>(HISTORY_KEPT);
        if (!oneTimePassword) { // the user's own password stays in the history, so it cannot come back after a reset
            history.add(passwordHash);
        }
        previousPasswordHashes.stream().limit(HISTORY_KEPT - (long) history.size()).forEach(history::add);
        return new UserAccount(id, username, displayName, committeeId, roles, memberId, unitId, Objects.requireNonNull(oneTimeHash, "oneTimeHash"),
                now, true, history, 0, Optional.empty(), secondFactor, lastSecondFactorStep, enabled, demo, lastSignInAt, version);
    }

    /**
     * @param newRoles    the roles, not null
     * @param newMemberId the linked member record, if any
     * @param newUnitId   the handling unit, if any
     * @return the account with those roles and links, never null
     */
    public UserAccount withRoles(Set<Role> newRoles, Optional<MemberId> newMemberId, Optional<HandlingUnitId> newUnitId) {
        return new UserAccount(id, username, displayName, committeeId, newRoles, newMemberId, newUnitId, passwordHash, passwordChangedAt,
                oneTimePassword, previousPasswordHashes, failedSignIns, lockedUntil, secondFactor, lastSecondFactorStep, enabled, demo,
                lastSignInAt, version);
    }

    /** @return the account without lockout and failure count, never null */
    public UserAccount unlocked() {
        return new UserAccount(id, username, displayName, committeeId, roles, memberId, unitId, passwordHash, passwordChangedAt, oneTimePassword,
                previousPasswordHashes, 0, Optional.empty(), secondFactor, lastSecondFactorStep, enabled, demo, lastSignInAt, version);
    }

    /**
     * @param enable whether the account may sign in
     * @return the account enabled or disabled, never null
     */
    public UserAccount withEnabled(boolean enable) {
        return new UserAccount(id, username, displayName, committeeId, roles, memberId, unitId, passwordHash, passwordChangedAt, oneTimePassword,
                previousPasswordHashes, failedSignIns, lockedUntil, secondFactor, lastSecondFactorStep, enable, demo, lastSignInAt, version);
    }

    /**
     * @param secret   the new TOTP secret, or empty to remove the second factor
     * @param usedStep the step of the code that confirmed it (no earlier code is accepted afterwards), -1 if none
     * @return the account with that second factor, never null
     */
    public UserAccount withSecondFactor(Optional<TotpSecret> secret, long usedStep) {
        return new UserAccount(id, username, displayName, committeeId, roles, memberId, unitId, passwordHash, passwordChangedAt, oneTimePassword,
                previousPasswordHashes, failedSignIns, lockedUntil, secret, usedStep, enabled, demo, lastSignInAt, version);
    }

    /**
     * @param newVersion the stored version
     * @return the account at that version, never null
     */
    public UserAccount withVersion(long newVersion) {
        return new UserAccount(id, username, displayName, committeeId, roles, memberId, unitId, passwordHash, passwordChangedAt, oneTimePassword,
                previousPasswordHashes, failedSignIns, lockedUntil, secondFactor, lastSecondFactorStep, enabled, demo, lastSignInAt, newVersion);
    }

    /**
     * @param policy the installation's policy, not null
     * @param now    the current instant, not null
     * @return what the user must do before anything else, never null
     */
    public Set<PendingStep> pendingSteps(SecurityPolicy policy, Instant now) {
        Set<PendingStep> steps = EnumSet.noneOf(PendingStep.class);
        if (oneTimePassword || policy.passwords().isExpired(passwordChangedAt, now)) {
            steps.add(PendingStep.CHANGE_PASSWORD);
        }
        if (secondFactor.isEmpty() && policy.requiresSecondFactor(roles)) {
            steps.add(PendingStep.ENROL_SECOND_FACTOR);
        }
        return steps;
    }

    /** Leaves hashes and secrets out. */
    @Override
    public String toString() {
        return "UserAccount[" + username + ", " + roles + ", committee " + committeeId + ", version " + version + "]";
    }
}
