package org.xieshang.domain.member;

import java.time.LocalDate;
import java.util.Optional;
import org.xieshang.domain.shared.Guard;

/**
 * A period as standing-committee member (常委) within one term's membership. Immutable and thread-safe.
 *
 * @param fromInclusive the first day in the role, not null
 * @param untilInclusive the last day, empty while the role runs
 */
public record StandingRole(LocalDate fromInclusive, Optional<LocalDate> untilInclusive) {

    /** Validates the dates. */
    public StandingRole {
        Guard.required(fromInclusive, "fromInclusive");
        Guard.required(untilInclusive, "untilInclusive");
        untilInclusive.ifPresent(until -> Guard.check(!until.isBefore(fromInclusive), "standing.dates.reversed", "effectiveOn"));
    }

    /** @return whether the role has not been ended */
    public boolean isOpen() {
        return untilInclusive.isEmpty();
    }

    /**
     * @param day a day, not null
     * @return whether the member held the role that day
     */
    public boolean covers(LocalDate day) {
        return !day.isBefore(fromInclusive) && untilInclusive.map(until -> !day.isAfter(until)).orElse(true);
    }

    /**
     * @param lastDay the last day in the role, not before the first
     * @return the role ended on that day, never null
     */
    public StandingRole endedOn(LocalDate lastDay) {
        return new StandingRole(fromInclusive, Optional.of(lastDay));
    }
}
