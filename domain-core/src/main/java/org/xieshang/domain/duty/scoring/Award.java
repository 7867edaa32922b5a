package org.xieshang.domain.duty.scoring;

import java.util.Optional;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.shared.Guard;

/**
 * Points a rule gives (or takes) for one event, or for the file as a whole. Immutable and thread-safe.
 *
 * @param event  the event the points trace back to, empty for points not tied to one event
 * @param points the points, negative for a deduction; not null
 * @param note   why, as a message code such as {@code score.note.counted} or {@code score.note.cap-reached}; not blank
 */
public record Award(Optional<DutyEvent> event, Points points, String note) {

    /** The event counted in full. */
    public static final String COUNTED = "score.note.counted";
    /** The event counted, but the item's cap was reached: it gives fewer or no points. */
    public static final String CAP_REACHED = "score.note.cap-reached";

    /** Validates every field. */
    public Award {
        Guard.required(event, "event");
        Guard.required(points, "points");
        note = Guard.text(note, "note", 100);
    }
}
