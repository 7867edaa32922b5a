package org.xieshang.domain.duty.scoring;

import java.util.List;
import org.xieshang.domain.shared.Guard;

/**
 * A score with every line that makes it up (计分明细). The lines sum to the score. Immutable and thread-safe.
 *
 * @param score the score, not null
 * @param lines the lines in item order, never null
 */
public record ScoreTrace(AnnualScore score, List<ScoreLine> lines) {

    /** Copies the lines. */
    public ScoreTrace {
        Guard.required(score, "score");
        lines = List.copyOf(Guard.required(lines, "lines"));
    }

    /** @return the sum of the lines, equal to the score's total, never null */
    public Points sum() {
        return lines.stream().map(ScoreLine::points).reduce(Points.ZERO, Points::plus);
    }
}
