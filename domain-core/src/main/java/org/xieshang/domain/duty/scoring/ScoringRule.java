package org.xieshang.domain.duty.scoring;

import java.util.function.Consumer;
import org.xieshang.domain.duty.DutyFile;
import org.xieshang.domain.duty.RuleDefinition;

/**
 * One item's way of turning a member's year into points. Implement it (with a {@link ScoringRuleType}) to
 * plug your own rule into a scheme. Implementations must be immutable and thread-safe, and {@link #total} must
 * equal the sum of what {@link #explain} awards: every point traces back to an event and a rule.
 */
public interface ScoringRule {

    /** @return the rule as data, as it was created from; never null */
    RuleDefinition definition();

    /**
     * Gives every award for the year, in event order.
     *
     * @param year   the member's duty file for the year, not null
     * @param awards receives each award, not null
     */
    void explain(DutyFile year, Consumer<Award> awards);

    /**
     * The rule's points for the year. Override when it can be counted without listing awards; evaluating a
     * whole province calls this, and only a member's trace calls {@link #explain}.
     *
     * @param year the member's duty file for the year, not null
     * @return the points, never null
     */
    default Points total(DutyFile year) {
        int[] sum = new int[1];
        explain(year, award -> sum[0] += award.points().tenths());
        return new Points(sum[0]);
    }
}
