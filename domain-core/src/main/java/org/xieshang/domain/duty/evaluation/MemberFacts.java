package org.xieshang.domain.duty.evaluation;

import java.util.List;
import org.xieshang.domain.committee.Term;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.duty.discipline.AttendanceFact;
import org.xieshang.domain.duty.scoring.AnnualScore;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.TermMembership;
import org.xieshang.domain.shared.Guard;

/**
 * What is known of one member for an evaluation, as loaded from storage: the raw events and attendance from the
 * term's start to the end of the year, and the term's earlier scores. Immutable and thread-safe.
 *
 * @param memberId      the member, not null
 * @param term          the term, not null
 * @param membership    the member's membership in the term, not null
 * @param events        the member's events from the term's start to the end of the year, not null
 * @param attendance    the member's invitations in the same span, by day; not null
 * @param earlierScores the scores of the term's earlier years, not null
 */
public record MemberFacts(MemberId memberId, Term term, TermMembership membership, List<DutyEvent> events, List<AttendanceFact> attendance,
                          List<AnnualScore> earlierScores) {

    /** Rejects nulls; copies the lists. */
    public MemberFacts {
        Guard.required(memberId, "memberId");
        Guard.required(term, "term");
        Guard.required(membership, "membership");
        events = List.copyOf(Guard.required(events, "events"));
        attendance = List.copyOf(Guard.required(attendance, "attendance"));
        earlierScores = List.copyOf(Guard.required(earlierScores, "earlierScores"));
    }
}
