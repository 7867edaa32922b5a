package org.xieshang.domain.duty.scoring;

import java.util.Optional;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.shared.Guard;

/**
 * One line of a score's trace: the points, the item and rule that gave them, and the event they trace back to.
 * Immutable and thread-safe.
 *
 * @param itemCode  the scheme item's code, or {@code base} / {@code maximum} for the scheme's own lines; not blank
 * @param itemLabel the item's label, not blank
 * @param rule      the rule's type and parameters as text, empty for the scheme's own lines; not null
 * @param event     the event, if the points trace back to one
 * @param points    the points, not null
 * @param note      a message code saying why, not blank
 */
public record ScoreLine(String itemCode, String itemLabel, String rule, Optional<DutyEvent> event, Points points, String note) {

    /** Validates every field. */
    public ScoreLine {
        Guard.required(itemCode, "itemCode");
        Guard.required(itemLabel, "itemLabel");
        Guard.required(rule, "rule");
        Guard.required(event, "event");
        Guard.required(points, "points");
        Guard.required(note, "note");
    }
}
