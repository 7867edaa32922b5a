package org.xieshang.domain.committee;

import java.time.LocalDate;
import java.util.Objects;
import org.xieshang.domain.shared.ChineseNumerals;
import org.xieshang.domain.shared.Guard;

/**
 * A plenary session (全体会议) held within a term, such as the second session of the thirteenth term
 * (十三届二次会议). Immutable and thread-safe.
 *
 * @param number         the session's number within its term, from 1
 * @param startInclusive the first day, not null
 * @param endInclusive   the last day, not before the first
 */
public record PlenarySession(int number, LocalDate startInclusive, LocalDate endInclusive) {

    /** Validates the number and dates. */
    public PlenarySession {
        Guard.check(number >= 1, "session.number.invalid", "number", number);
        Guard.required(startInclusive, "startDate");
        Guard.required(endInclusive, "endDate");
        Guard.check(!endInclusive.isBefore(startInclusive), "session.dates.reversed", "endDate");
    }

    /**
     * @param day a day, not null
     * @return whether the session runs on that day
     */
    public boolean covers(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(startInclusive) && !day.isAfter(endInclusive);
    }

    /**
     * @param termNumber the number of the session's term
     * @return the usual Chinese name, such as 十三届二次会议, never null
     */
    public String displayName(int termNumber) {
        return ChineseNumerals.of(termNumber) + "届" + ChineseNumerals.of(number) + "次会议";
    }
}
