package org.xieshang.app.application.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.xieshang.domain.security.PendingStep;

/**
 * Who is signed in to an HTTP session, kept in the session under {@link #ATTRIBUTE}. Immutable.
 *
 * @param username   the login name, not null
 * @param signedInAt when they signed in, for the absolute session lifetime; not null
 * @param pending    what they must do before anything else, not null
 */
public record SessionUser(String username, Instant signedInAt, Set<PendingStep> pending) implements Serializable {

    /** The session attribute. */
    public static final String ATTRIBUTE = "xieshang.user";

    /** Rejects nulls and copies the steps. */
    public SessionUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(signedInAt, "signedInAt");
        pending = pending.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(pending));
    }

    /**
     * @param now      the current instant, not null
     * @param lifetime the absolute session lifetime, not null
     * @return whether the session has lasted too long, however active it was
     */
    public boolean expired(Instant now, Duration lifetime) {
        return !now.isBefore(signedInAt.plus(lifetime));
    }

    /**
     * @param step a step just done, not null
     * @return the session user without that step, never null
     */
    public SessionUser done(PendingStep step) {
        Set<PendingStep> left = pending.isEmpty() ? EnumSet.noneOf(PendingStep.class) : EnumSet.copyOf(pending);
        left.remove(step);
        return new SessionUser(username, signedInAt, left);
    }
}
