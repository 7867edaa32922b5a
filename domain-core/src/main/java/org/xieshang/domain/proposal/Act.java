package org.xieshang.domain.proposal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.xieshang.domain.shared.Guard;

/**
 * Who acts on a proposal (or a social-condition report) and when, as its history records it. Immutable.
 *
 * @param actor who, such as an account's username; not blank
 * @param at    the instant, not null
 * @param on    the committee's day at that instant, not null
 */
public record Act(String actor, Instant at, LocalDate on) {

    /** Validates every part. */
    public Act {
        actor = Guard.text(actor, "actor", 100);
        Guard.required(at, "at");
        Guard.required(on, "on");
    }

    /**
     * @param actor who, not blank
     * @param clock the committee's clock, not null
     * @return the act now, never null
     */
    public static Act now(String actor, Clock clock) {
        Instant at = clock.instant();
        return new Act(actor, at, LocalDate.ofInstant(at, clock.getZone()));
    }
}
