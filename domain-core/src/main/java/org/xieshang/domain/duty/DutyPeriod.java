package org.xieshang.domain.duty;

import java.time.LocalDate;
import java.util.Objects;
import org.xieshang.domain.committee.Term;
import org.xieshang.domain.shared.Guard;

/**
 * The span a duty file covers: a calendar year or a term. Immutable and thread-safe.
 *
 * @param fromInclusive  first day, not null
 * @param untilInclusive last day, not before the first
 */
public record DutyPeriod(LocalDate fromInclusive, LocalDate untilInclusive) {

    /** Validates the dates. */
    public DutyPeriod {
        Guard.required(fromInclusive, "from");
        Guard.required(untilInclusive, "until");
        Guard.check(!untilInclusive.isBefore(fromInclusive), "period.dates.reversed", "until");
    }

    /**
     * @param year a calendar year
     * @return 1 January to 31 December of that year, never null
     */
    public static DutyPeriod year(int year) {
        return new DutyPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * @param term a term, not null
     * @return the term's days, never null
     */
    public static DutyPeriod term(Term term) {
        return new DutyPeriod(term.startInclusive(), term.endInclusive());
    }

    /**
     * @param day a day, not null
     * @return whether it falls in the period
     */
    public boolean covers(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(fromInclusive) && !day.isAfter(untilInclusive);
    }

    /**
     * @param other another period, not null
     * @return the days both share, or null if none
     */
    public DutyPeriod intersection(DutyPeriod other) {
        LocalDate from = fromInclusive.isAfter(other.fromInclusive) ? fromInclusive : other.fromInclusive;
        LocalDate until = untilInclusive.isBefore(other.untilInclusive) ? untilInclusive : other.untilInclusive;
        return until.isBefore(from) ? null : new DutyPeriod(from, until);
    }

    /**
     * @param day a day, not null
     * @return its quarter of the year, 1 to 4
     */
    public static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }
}
