package org.xieshang.domain.duty.evaluation;

import java.util.List;
import java.util.Optional;
import org.xieshang.domain.duty.discipline.AttendanceSummary;
import org.xieshang.domain.duty.discipline.FindingDraft;
import org.xieshang.domain.duty.discipline.MemberYear;
import org.xieshang.domain.duty.scoring.AnnualScore;
import org.xieshang.domain.shared.Guard;

/**
 * One member's evaluated year: the facts, the score, the attendance and what the rules found. Immutable and
 * thread-safe.
 *
 * @param year       the member's year as the rules saw it, not null
 * @param score      the score, if the committee has a scheme for the year
 * @param attendance the year's attendance at obligatory meetings, not null
 * @param findings   what the rules found, not null
 */
public record MemberEvaluation(MemberYear year, Optional<AnnualScore> score, AttendanceSummary attendance, List<FindingDraft> findings) {

    /** Rejects nulls; copies the findings. */
    public MemberEvaluation {
        Guard.required(year, "year");
        Guard.required(score, "score");
        Guard.required(attendance, "attendance");
        findings = List.copyOf(Guard.required(findings, "findings"));
    }
}
