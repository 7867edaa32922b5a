package org.xieshang.domain.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.xieshang.domain.shared.DomainException;

/**
 * Rules for passwords. Immutable and thread-safe.
 *
 * @param minLength           fewest characters
 * @param minCharacterClasses how many of upper case, lower case, digits and other characters must occur (1–4)
 * @param historySize         how many previous passwords may not be used again (0 for none)
 * @param maxAge              how long a password may be used before it must be changed; empty for no rotation
 */
public record PasswordPolicy(int minLength, int minCharacterClasses, int historySize, Optional<Duration> maxAge) {

    /** Longest password accepted, so that hashing cannot be used to exhaust the server. */
    public static final int MAX_LENGTH = 128;

    /** Checks the parameters. */
    public PasswordPolicy {
        if (minLength < 1 || minLength > MAX_LENGTH || minCharacterClasses < 1 || minCharacterClasses > 4 || historySize < 0) {
            throw new IllegalArgumentException("bad password policy");
        }
        Objects.requireNonNull(maxAge, "maxAge");
    }

    /**
     * The 等保 2.0 level 3 profile: at least 8 characters from 3 of the 4 classes, none of the last 5 reused,
     * changed every 90 days.
     *
     * @return the policy, never null
     */
    public static PasswordPolicy dengbao() {
        return new PasswordPolicy(8, 3, 5, Optional.of(Duration.ofDays(90)));
    }

    /**
     * A modern profile (after NIST SP 800-63B): at least 12 characters, no composition rules, no rotation;
     * the last 5 still may not be reused.
     *
     * @return the policy, never null
     */
    public static PasswordPolicy modern() {
        return new PasswordPolicy(12, 1, 5, Optional.empty());
    }

    /**
     * @param password the proposed password, not null
     * @param username the account's login name, not null
     * @throws DomainException with field {@code newPassword}: {@code password.too-short}, {@code password.too-long},
     *                         {@code password.too-simple} or {@code password.contains-username}
     */
    public void check(char[] password, String username) {
        if (password.length < minLength) {
            throw new DomainException("password.too-short", "newPassword", minLength);
        }
        if (password.length > MAX_LENGTH) {
            throw new DomainException("password.too-long", "newPassword", MAX_LENGTH);
        }
        if (characterClasses(password) < minCharacterClasses) {
            throw new DomainException("password.too-simple", "newPassword", minCharacterClasses);
        }
        if (username.length() >= 3 && new String(password).toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new DomainException("password.contains-username", "newPassword");
        }
    }

    /**
     * @param changedAt when the password was set, not null
     * @param now       the current instant, not null
     * @return whether it is too old to be used any more
     */
    public boolean isExpired(Instant changedAt, Instant now) {
        return maxAge.map(age -> !changedAt.plus(age).isAfter(now)).orElse(false);
    }

    private static int characterClasses(char[] password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (char c : password) {
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
