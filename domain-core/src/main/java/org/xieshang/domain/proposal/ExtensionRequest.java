package org.xieshang.domain.proposal;

import java.time.LocalDate;
import org.xieshang.domain.shared.Guard;

/**
 * The lead unit's request for more time, waiting for the proposal office. Immutable.
 *
 * @param workingDays how many working days more, 1–{@value #MAX_DAYS}
 * @param reason      why, not blank, at most 1000 characters
 * @param requestedOn the day, not null
 */
public record ExtensionRequest(int workingDays, String reason, LocalDate requestedOn) {

    /** Longest extension at one time, in working days (about three months). */
    public static final int MAX_DAYS = 65;

    /** Validates every part. */
    public ExtensionRequest {
        Guard.check(workingDays >= 1 && workingDays <= MAX_DAYS, "proposal.extension.days", "workingDays", MAX_DAYS);
        reason = Guard.text(reason, "reason", 1000);
        Guard.required(requestedOn, "requestedOn");
    }
}
