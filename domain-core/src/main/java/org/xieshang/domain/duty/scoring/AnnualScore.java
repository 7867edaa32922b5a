package org.xieshang.domain.duty.scoring;

import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.Guard;

/**
 * A member's score for a year under one revision of the committee's scheme (年度履职考核结果). Immutable and
 * thread-safe.
 *
 * @param memberId       the member, not null
 * @param year           the year
 * @param schemeRevision the scheme revision it was computed under, from 1
 * @param total          the score, not null
 * @param grade          the grade (等次), not blank
 * @param passed         whether it reached the pass mark (合格)
 */
public record AnnualScore(MemberId memberId, int year, int schemeRevision, Points total, String grade, boolean passed) {

    /** Validates every field. */
    public AnnualScore {
        Guard.required(memberId, "memberId");
        Guard.check(schemeRevision >= 1, "scoring.revision.invalid", "revision");
        Guard.required(total, "total");
        grade = Guard.text(grade, "grade", 20);
    }
}
