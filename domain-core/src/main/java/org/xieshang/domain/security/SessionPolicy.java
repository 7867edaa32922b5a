package org.xieshang.domain.security;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a signed-in session lasts. Immutable and thread-safe.
 *
 * @param idleTimeout      inactivity after which the user must sign in again, positive
 * @param absoluteLifetime time after sign-in after which the session ends however active it is, positive
 * @param tokenLifetime    lifetime of a bearer token issued for the API, positive
 */
public record SessionPolicy(Duration idleTimeout, Duration absoluteLifetime, Duration tokenLifetime) {

    /** Checks the parameters. */
    public SessionPolicy {
        for (Duration d : new Duration[] {idleTimeout, absoluteLifetime, tokenLifetime}) {
            if (Objects.requireNonNull(d, "duration").isNegative() || d.isZero()) {
                throw new IllegalArgumentException("durations must be positive");
            }
        }
    }

    /** @return 15 minutes idle, 8 hours at most, tokens for 15 minutes; never null */
    public static SessionPolicy standard() {
        return new SessionPolicy(Duration.ofMinutes(15), Duration.ofHours(8), Duration.ofMinutes(15));
    }
}
