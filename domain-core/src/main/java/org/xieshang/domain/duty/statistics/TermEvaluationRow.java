package org.xieshang.domain.duty.statistics;

import java.util.Map;
import org.xieshang.domain.duty.discipline.AttendanceSummary;
import org.xieshang.domain.duty.scoring.AnnualScore;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.Guard;

/**
 * A member's quantified evaluation over the term (届末量化考评), the main reference for renomination (000, 004 §11).
 * Immutable and thread-safe.
 *
 * @param memberId      the member, not null
 * @param scores        the score of each scored year, by year; not null
 * @param averageTenths the average of those scores in tenths of a point (rounded), 0 without scores
 * @param failedYears   how many years failed
 * @param attendance    attendance at obligatory meetings over the term, not null
 * @param trainings     how many trainings the member attended in the term
 * @param participation how many duty activities in the term
 */
public record TermEvaluationRow(MemberId memberId, Map<Integer, AnnualScore> scores, int averageTenths, int failedYears, AttendanceSummary attendance,
                                int trainings, int participation) {

    /** Rejects nulls; copies the scores. */
    public TermEvaluationRow {
        Guard.required(memberId, "memberId");
        scores = Map.copyOf(Guard.required(scores, "scores"));
        Guard.required(attendance, "attendance");
    }
}
