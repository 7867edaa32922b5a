package org.xieshang.domain.duty.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.xieshang.domain.committee.Term;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.discipline.AttendanceSummary;
import org.xieshang.domain.duty.evaluation.MemberFacts;
import org.xieshang.domain.duty.scoring.AnnualScore;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.Guard;

/**
 * The term-end quantified evaluation (届末量化考评) and the term's training coverage (培训全覆盖, 001). Immutable and
 * thread-safe.
 *
 * @param term         the term, not null
 * @param rows         the members ranked by their average score, not null
 * @param untrained    the members not trained in the term so far, not null
 * @param trainedShare the share of the term's members trained, in per mille (1000 = everyone)
 */
public record TermEvaluation(Term term, List<Ranked<TermEvaluationRow>> rows, List<MemberId> untrained, int trainedShare) {

    /** Copies the lists. */
    public TermEvaluation {
        Guard.required(term, "term");
        rows = List.copyOf(Guard.required(rows, "rows"));
        untrained = List.copyOf(Guard.required(untrained, "untrained"));
    }

    /**
     * @param term     the term, not null
     * @param members  the facts of the term's members, with events and attendance from the term's start; not null
     * @param scores   every member's scores in the term, each year under its current revision; not null
     * @param tieOrder the order of members within a tie, not null
     * @return the evaluation, never null
     */
    public static TermEvaluation of(Term term, List<MemberFacts> members, List<AnnualScore> scores, Comparator<MemberId> tieOrder) {
        Map<MemberId, Map<Integer, AnnualScore>> byMember = new HashMap<>();
        scores.forEach(s -> byMember.computeIfAbsent(s.memberId(), m -> new TreeMap<>()).put(s.year(), s));
        List<TermEvaluationRow> rows = new ArrayList<>();
        List<MemberId> untrained = new ArrayList<>();
        for (MemberFacts member : members) {
            Map<Integer, AnnualScore> own = byMember.getOrDefault(member.memberId(), Map.of());
            long sum = own.values().stream().mapToLong(s -> s.total().tenths()).sum();
            int failed = (int) own.values().stream().filter(s -> !s.passed()).count();
            int trainings = 0;
            int participation = 0;
            for (DutyEvent event : member.events()) {
                trainings += event.kind() == DutyEventKind.TRAINING ? 1 : 0;
                participation += event.kind().isParticipation() ? 1 : 0;
            }
            if (trainings == 0) {
                untrained.add(member.memberId());
            }
            AttendanceSummary attendance = AttendanceSummary.of(member.attendance(), f -> member.membership().covers(f.day()));
            rows.add(new TermEvaluationRow(member.memberId(), own, own.isEmpty() ? 0 : (int) Math.round((double) sum / own.size()), failed, attendance,
                    trainings, participation));
        }
        rows.sort(Comparator.comparing(TermEvaluationRow::memberId, tieOrder));
        int share = members.isEmpty() ? 1000 : (int) Math.round(1000.0 * (members.size() - untrained.size()) / members.size());
        return new TermEvaluation(term, Ranked.rank(rows, TermEvaluationRow::averageTenths), untrained, share);
    }
}
