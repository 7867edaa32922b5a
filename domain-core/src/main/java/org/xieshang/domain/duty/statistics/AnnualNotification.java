package org.xieshang.domain.duty.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.DutyFile;
import org.xieshang.domain.duty.discipline.FindingDraft;
import org.xieshang.domain.duty.evaluation.MemberEvaluation;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.Guard;

/**
 * The annual notification (一年一通报): every member's score, grade and attendance for the year, ranked, for the
 * organisation and united-front departments and each member's party and work unit (000). Immutable and thread-safe.
 *
 * @param year the year
 * @param rows the members ranked by score, ties sharing a rank, never null
 */
public record AnnualNotification(int year, List<Ranked<NotificationRow>> rows) {

    /** Copies the rows. */
    public AnnualNotification {
        rows = List.copyOf(Guard.required(rows, "rows"));
    }

    /**
     * @param year        the year
     * @param evaluations the members' evaluated years, not null
     * @param tieOrder    the order of members within a tie (their names, usually), not null
     * @return the notification, never null
     */
    public static AnnualNotification of(int year, List<MemberEvaluation> evaluations, Comparator<MemberId> tieOrder) {
        List<NotificationRow> rows = new ArrayList<>(evaluations.size());
        for (MemberEvaluation evaluation : evaluations) {
            DutyFile file = evaluation.year().yearFile();
            rows.add(new NotificationRow(evaluation.year().memberId(), evaluation.year().membership().sectorId(),
                    evaluation.year().membership().wasStandingOn(evaluation.year().lastDayServed()), evaluation.score(), evaluation.attendance(),
                    file.participationCount(), file.count(DutyEventKind.PROPOSAL_LEAD) + file.count(DutyEventKind.PROPOSAL_COSIGNED),
                    file.count(DutyEventKind.REPORT_SUBMITTED), evaluation.findings().stream().map(FindingDraft::kind).toList()));
        }
        rows.sort(Comparator.comparing(NotificationRow::memberId, Guard.required(tieOrder, "tieOrder")));
        return new AnnualNotification(year, Ranked.rank(rows, NotificationRow::rankingValue));
    }

    /**
     * The outstanding members shortlist (一年一评比): the best-ranked members who passed, reached the minimum score and
     * missed no obligatory meeting without approval; members tied with the last place are all included.
     *
     * @param size         how many places, from 1
     * @param minimumScore the lowest score considered, in tenths of a point
     * @return the shortlist in rank order, never null
     */
    public List<Ranked<NotificationRow>> shortlist(int size, int minimumScore) {
        Guard.check(size >= 1, "shortlist.size.invalid", "size");
        List<NotificationRow> eligible = rows.stream().map(Ranked::item)
                .filter(r -> r.score().map(s -> s.passed() && s.total().tenths() >= minimumScore).orElse(false))
                .filter(r -> r.attendance().unexcused() == 0)
                .toList();
        List<Ranked<NotificationRow>> ranked = Ranked.rank(eligible, NotificationRow::rankingValue);
        List<Ranked<NotificationRow>> shortlist = new ArrayList<>();
        for (Ranked<NotificationRow> row : ranked) {
            if (shortlist.size() >= size && row.rank() > shortlist.get(shortlist.size() - 1).rank()) {
                break;
            }
            shortlist.add(row);
        }
        return shortlist;
    }

    /**
     * @param key how to group members, such as by sector; not null
     * @param <K> the group key
     * @return per group: members, average score in tenths (of those scored), attendance; in first-seen order
     */
    public <K> List<GroupTotals<K>> byGroup(Function<NotificationRow, K> key) {
        return GroupTotals.of(rows.stream().map(Ranked::item).toList(), key);
    }
}
