package org.xieshang.domain.security;

import java.time.Duration;
import java.util.Objects;

/**
 * When repeated failed sign-ins lock an account. Immutable and thread-safe.
 *
 * @param maxFailures  consecutive failures that lock the account (at least 1)
 * @param lockDuration how long it stays locked, positive
 */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

    /** Checks the parameters. */
    public LockoutPolicy {
        if (maxFailures < 1 || Objects.requireNonNull(lockDuration, "lockDuration").isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("bad lockout policy");
        }
    }

    /** @return 5 failures lock the account for 30 minutes, as 等保 level 3 assessments expect; never null */
    public static LockoutPolicy standard() {
        return new LockoutPolicy(5, Duration.ofMinutes(30));
    }
}
