package org.xieshang.domain.duty.discipline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * Attendance over some meetings: how many the member had to attend, attended, missed with and without leave.
 * Excused and unexcused absences are always counted apart. Immutable and thread-safe.
 *
 * @param obliged   meetings the member had to attend while their membership ran
 * @param present   of those, attended
 * @param excused   of those, missed with approved leave
 * @param unexcused of those, missed without approval
 */
public record AttendanceSummary(int obliged, int present, int excused, int unexcused) {

    /** Nothing attended or missed. */
    public static final AttendanceSummary NONE = new AttendanceSummary(0, 0, 0, 0);

    /**
     * @param facts  a member's invitations during their membership, not null
     * @param filter which of them count, not null
     * @return the summary of the obligatory ones that were recorded, never null
     */
    public static AttendanceSummary of(Collection<AttendanceFact> facts, Predicate<AttendanceFact> filter) {
        int obliged = 0;
        int present = 0;
        int excused = 0;
        int unexcused = 0;
        for (AttendanceFact fact : facts) {
            if (!fact.obligatory() || !filter.test(fact)) {
                continue;
            }
            switch (fact.attendance()) {
                case PRESENT -> present++;
                case EXCUSED -> excused++;
                case UNEXCUSED -> unexcused++;
                case NOT_RECORDED -> {
                    continue;
                }
            }
            obliged++;
        }
        return new AttendanceSummary(obliged, present, excused, unexcused);
    }

    /**
     * @param other another summary, not null
     * @return both together, never null
     */
    public AttendanceSummary plus(AttendanceSummary other) {
        return new AttendanceSummary(obliged + other.obliged, present + other.present, excused + other.excused, unexcused + other.unexcused);
    }

    /** @return attended ÷ obliged as a percentage with one decimal, or 100 when nothing was obliged; never null */
    public BigDecimal rate() {
        return obliged == 0 ? BigDecimal.valueOf(100) : BigDecimal.valueOf(present * 100L).divide(BigDecimal.valueOf(obliged), 1, RoundingMode.HALF_UP);
    }
}
