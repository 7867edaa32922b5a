package org.xieshang.domain.outcome;

import java.time.LocalDate;
import org.xieshang.domain.shared.Guard;

/**
 * One entry of a suggestion's log: an assignment, the department's answer, its implementation, a supervision's
 * finding or a follow-up. Immutable.
 *
 * @param action what was done, not null
 * @param by     who recorded it (an account) or who found it (an office), not blank, at most 100 characters
 * @param text   what was assigned, answered or found, not blank, at most 2000 characters
 * @param on     the day, not null
 */
public record TrackingEntry(SuggestionAction action, String by, String text, LocalDate on) {

    /** Validates every part. */
    public TrackingEntry {
        Guard.required(action, "action");
        by = Guard.text(by, "by", 100);
        text = Guard.text(text, "text", 2000);
        Guard.required(on, "on");
    }
}
