package org.xieshang.domain.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The authentication rules of an installation. Immutable and thread-safe.
 *
 * @param passwords            the password policy, not null
 * @param lockout              the lockout policy, not null
 * @param sessions             the session policy, not null
 * @param secondFactorRequired roles whose accounts must use a second factor (TOTP), not null; always includes
 *                             the three administrator roles
 */
public record SecurityPolicy(PasswordPolicy passwords, LockoutPolicy lockout, SessionPolicy sessions, Set<Role> secondFactorRequired) {

    /** Rejects nulls and adds the administrator roles to {@code secondFactorRequired}. */
    public SecurityPolicy {
        Objects.requireNonNull(passwords, "passwords");
        Objects.requireNonNull(lockout, "lockout");
        Objects.requireNonNull(sessions, "sessions");
        EnumSet<Role> required = EnumSet.of(Role.SYSTEM_ADMINISTRATOR, Role.SECURITY_ADMINISTRATOR, Role.AUDIT_ADMINISTRATOR);
        required.addAll(secondFactorRequired);
        secondFactorRequired = Set.copyOf(required);
    }

    /** @return the 等保 password profile with the standard lockout and session rules; never null */
    public static SecurityPolicy standard() {
        return new SecurityPolicy(PasswordPolicy.dengbao(), LockoutPolicy.standard(), SessionPolicy.standard(), Set.of());
    }

    /**
     * @param roles an account's roles, not null
     * @return whether the account must use a second factor
     */
    public boolean requiresSecondFactor(Set<Role> roles) {
        return roles.stream().anyMatch(secondFactorRequired::contains);
    }
}
