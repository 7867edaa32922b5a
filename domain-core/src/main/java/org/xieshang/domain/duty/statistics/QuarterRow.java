package org.xieshang.domain.duty.statistics;

import java.util.Map;
import org.xieshang.domain.duty.DutyEventKind.Category;
import org.xieshang.domain.duty.discipline.AttendanceSummary;
import org.xieshang.domain.shared.Guard;

/**
 * A line of the quarterly statistics (一季一统计): a member's, a sector's or a special committee's counts for the
 * quarter. Immutable and thread-safe.
 *
 * @param key        the member, sector or special committee, not null
 * @param members    how many members the line covers (1 for a member)
 * @param counts     events per category in the quarter, not null
 * @param attendance attendance at obligatory meetings in the quarter, not null
 * @param <K>        the key type
 */
public record QuarterRow<K>(K key, int members, Map<Category, Integer> counts, AttendanceSummary attendance) {

    /** Rejects nulls; copies the counts. */
    public QuarterRow {
        Guard.required(key, "key");
        counts = Map.copyOf(Guard.required(counts, "counts"));
        Guard.required(attendance, "attendance");
    }

    /**
     * @param category a category, not null
     * @return its count, 0 if none
     */
    public int count(Category category) {
        return counts.getOrDefault(category, 0);
    }
}
