package org.xieshang.domain.duty.statistics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.activity.Invitation;
import org.xieshang.domain.duty.DutyEventKind.Category;
import org.xieshang.domain.duty.DutyPeriod;
import org.xieshang.domain.duty.discipline.AttendanceFact;
import org.xieshang.domain.duty.discipline.AttendanceSummary;
import org.xieshang.domain.duty.evaluation.MemberEvaluation;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.Guard;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;

/**
 * The quarterly duty statistics (一季一统计, 004 §11) per member, per sector and per special committee (the activities it
 * organised). Immutable and thread-safe.
 *
 * @param year              the year
 * @param quarter           the quarter, 1 to 4
 * @param members           one line per member, not null
 * @param sectors           one line per sector, not null
 * @param specialCommittees one line per organising special committee, not null
 */
public record QuarterlyStatistics(int year, int quarter, List<QuarterRow<MemberId>> members, List<QuarterRow<SectorId>> sectors,
                                  List<OrganiserRow> specialCommittees) {

    /** Validates the quarter; copies the lines. */
    public QuarterlyStatistics {
        Guard.check(quarter >= 1 && quarter <= 4, "quarter.invalid", "quarter");
        members = List.copyOf(Guard.required(members, "members"));
        sectors = List.copyOf(Guard.required(sectors, "sectors"));
        specialCommittees = List.copyOf(Guard.required(specialCommittees, "specialCommittees"));
    }

    /**
     * @param year        the year
     * @param quarter     the quarter, 1 to 4
     * @param evaluations the members' years (their ledgers and attendance), in the order the lines should have; not null
     * @param activities  the committee's activities of the year, not null
     * @return the statistics, never null
     */
    public static QuarterlyStatistics of(int year, int quarter, List<MemberEvaluation> evaluations, List<DutyActivity> activities) {
        Guard.check(quarter >= 1 && quarter <= 4, "quarter.invalid", "quarter");
        List<QuarterRow<MemberId>> members = new ArrayList<>();
        Map<SectorId, List<QuarterRow<MemberId>>> bySector = new LinkedHashMap<>();
        for (MemberEvaluation evaluation : evaluations) {
            Map<Category, Integer> counts = new EnumMap<>(Category.class);
            for (Category category : Category.values()) {
                int count = evaluation.year().yearFile().count(category, quarter);
                if (count > 0) {
                    counts.put(category, count);
                }
            }
            AttendanceSummary attendance = AttendanceSummary.of(evaluation.year().attendance(), f -> inQuarter(f, year, quarter)
                    && evaluation.year().membership().covers(f.day()));
            QuarterRow<MemberId> row = new QuarterRow<>(evaluation.year().memberId(), 1, counts, attendance);
            members.add(row);
            bySector.computeIfAbsent(evaluation.year().membership().sectorId(), s -> new ArrayList<>()).add(row);
        }
        List<QuarterRow<SectorId>> sectors = new ArrayList<>();
        bySector.forEach((sector, rows) -> sectors.add(sum(sector, rows)));
        return new QuarterlyStatistics(year, quarter, members, sectors, bySpecialCommittee(year, quarter, activities));
    }

    private static boolean inQuarter(AttendanceFact fact, int year, int quarter) {
        return fact.day().getYear() == year && DutyPeriod.quarterOf(fact.day()) == quarter;
    }

    private static <K> QuarterRow<K> sum(K key, List<QuarterRow<MemberId>> rows) {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        AttendanceSummary attendance = AttendanceSummary.NONE;
        for (QuarterRow<MemberId> row : rows) {
            row.counts().forEach((category, count) -> counts.merge(category, count, Integer::sum));
            attendance = attendance.plus(row.attendance());
        }
        return new QuarterRow<>(key, rows.size(), counts, attendance);
    }

    private static List<OrganiserRow> bySpecialCommittee(int year, int quarter, List<DutyActivity> activities) {
        Map<SpecialCommitteeId, int[]> activityCounts = new LinkedHashMap<>();
        Map<SpecialCommitteeId, AttendanceSummary> attendance = new LinkedHashMap<>();
        for (DutyActivity activity : activities) {
            if (activity.day().getYear() != year || DutyPeriod.quarterOf(activity.day()) != quarter
                    || activity.details().organiserSpecialCommittee().isEmpty()) {
                continue;
            }
            SpecialCommitteeId organiser = activity.details().organiserSpecialCommittee().get();
            activityCounts.computeIfAbsent(organiser, s -> new int[1])[0]++;
            List<AttendanceFact> facts = new ArrayList<>();
            for (Invitation invitation : activity.invitations()) {
                facts.add(new AttendanceFact(activity.id(), activity.kind(), activity.day(), activity.details().title(), invitation.obligatory(),
                        invitation.attendance(), false));
            }
            attendance.merge(organiser, AttendanceSummary.of(facts, f -> true), AttendanceSummary::plus);
        }
        List<OrganiserRow> rows = new ArrayList<>();
        activityCounts.forEach((organiser, count) -> rows.add(new OrganiserRow(organiser, count[0], attendance.get(organiser))));
        return rows;
    }
}
