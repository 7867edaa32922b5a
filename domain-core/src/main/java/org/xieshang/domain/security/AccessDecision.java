package org.xieshang.domain.security;

import java.util.Objects;

/**
 * The answer to "may this user do that to this?". Immutable and thread-safe.
 *
 * @param allowed whether access is allowed
 * @param reason  why, as a message code ({@code access.allowed}, {@code access.no-permission},
 *                {@code access.other-committee}, {@code access.not-own-record}, {@code access.not-own-unit}); not null
 */
public record AccessDecision(boolean allowed, String reason) {

    /** Rejects null. */
    public AccessDecision {
        Objects.requireNonNull(reason, "reason");
    }

    static AccessDecision allow() {
        return new AccessDecision(true, "access.allowed");
    }

    static AccessDecision deny(String reason) {
        return new AccessDecision(false, reason);
    }
}
