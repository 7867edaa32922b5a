package org.xieshang.domain.duty.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.xieshang.domain.duty.discipline.AttendanceSummary;
import org.xieshang.domain.shared.Guard;

/**
 * The totals of a group of members (a sector, a special committee) in the annual notification. Immutable and
 * thread-safe.
 *
 * @param key           the group, not null
 * @param members       how many members
 * @param scored        how many of them have a score
 * @param averageTenths their average score in tenths of a point (rounded), 0 if none scored
 * @param failed        how many failed
 * @param participation their duty activities in all
 * @param attendance    their attendance in all, not null
 * @param <K>           the group key type
 */
public record GroupTotals<K>(K key, int members, int scored, int averageTenths, int failed, int participation, AttendanceSummary attendance) {

    /** Rejects nulls. */
    public GroupTotals {
        Guard.required(key, "key");
        Guard.required(attendance, "attendance");
    }

    static <K> List<GroupTotals<K>> of(List<NotificationRow> rows, Function<NotificationRow, K> key) {
        Map<K, List<NotificationRow>> groups = new LinkedHashMap<>();
        rows.forEach(row -> groups.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row));
        List<GroupTotals<K>> totals = new ArrayList<>();
        groups.forEach((group, members) -> {
            long sum = 0;
            int scored = 0;
            int failed = 0;
            int participation = 0;
            AttendanceSummary attendance = AttendanceSummary.NONE;
            for (NotificationRow row : members) {
                if (row.score().isPresent()) {
                    scored++;
                    sum += row.score().get().total().tenths();
                    failed += row.score().get().passed() ? 0 : 1;
                }
                participation += row.participation();
                attendance = attendance.plus(row.attendance());
            }
            totals.add(new GroupTotals<>(group, members.size(), scored, scored == 0 ? 0 : (int) Math.round((double) sum / scored), failed,
                    participation, attendance));
        });
        return totals;
    }
}
