package org.xieshang.domain.duty.discipline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.Term;
import org.xieshang.domain.duty.DutyFile;
import org.xieshang.domain.duty.scoring.AnnualScore;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.TermMembership;
import org.xieshang.domain.shared.Guard;

/**
 * Everything the discipline rules know about a member for one year of a term. Immutable and thread-safe.
 *
 * @param memberId      the member, not null
 * @param term          the term, not null
 * @param membership    the member's membership in the term, not null
 * @param year          the year evaluated
 * @param asOf          the day of the evaluation: rules about a whole year or term wait until it is over; not null
 * @param yearFile      the member's duty file for the year, not null
 * @param termFile      the member's duty file from the term's start to the end of the year, not null
 * @param attendance    the member's invitations from the term's start to the end of the year, by day, during the
 *                      membership; not null
 * @param score         the year's score, if the committee scores
 * @param earlierScores the scores of the term's earlier years, not null
 */
public record MemberYear(MemberId memberId, Term term, TermMembership membership, int year, LocalDate asOf, DutyFile yearFile, DutyFile termFile,
                         List<AttendanceFact> attendance, Optional<AnnualScore> score, List<AnnualScore> earlierScores) {

    /** Rejects nulls and copies the lists. */
    public MemberYear {
        Guard.required(memberId, "memberId");
        Guard.required(term, "term");
        Guard.required(membership, "membership");
        Guard.required(asOf, "asOf");
        Guard.required(yearFile, "yearFile");
        Guard.required(termFile, "termFile");
        attendance = List.copyOf(Guard.required(attendance, "attendance"));
        Guard.required(score, "score");
        earlierScores = List.copyOf(Guard.required(earlierScores, "earlierScores"));
    }

    /** @return whether the year evaluated is over on the evaluation day */
    public boolean yearIsOver() {
        return asOf.getYear() > year;
    }

    /** @return the last day of the year or of the membership, whichever is earlier, never null */
    public LocalDate lastDayServed() {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate end = membership.endedOn().filter(e -> e.isBefore(yearEnd)).orElse(yearEnd);
        return end.isAfter(term.endInclusive()) ? term.endInclusive() : end;
    }

    /** @return how many days of the year the member served, never negative */
    public long daysServedInYear() {
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        LocalDate from = membership.sinceInclusive().isAfter(yearStart) ? membership.sinceInclusive() : yearStart;
        LocalDate until = lastDayServed();
        return until.isBefore(from) ? 0 : until.toEpochDay() - from.toEpochDay() + 1;
    }
}
