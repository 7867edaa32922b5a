package org.xieshang.app.infrastructure.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Keeps the fictional demo history in the past: the data set has fixed dates (terms 2017–2027), and the
 * calendar tells which of them have happened by the clock's today. Immutable.
 */
final class DemoCalendar {

    /** When a past day's records are made: in office hours. */
    private static final LocalTime RECORDED_AT = LocalTime.of(10, 0);

    private final LocalDate today;
    private final Instant now;
    private final ZoneId zone;

    DemoCalendar(Clock clock) {
        this.now = clock.instant();
        this.zone = clock.getZone();
        this.today = LocalDate.ofInstant(now, zone);
    }

    /** @return today by the clock */
    LocalDate today() {
        return today;
    }

    /** @return the moment every demo decision is recorded at */
    Instant recordedAt() {
        return now;
    }

    /**
     * @param day a day
     * @return whether it is today or before
     */
    boolean hasHappened(LocalDate day) {
        return !day.isAfter(today);
    }

    /**
     * @param day a day, not after today
     * @return a clock standing still on that day (at this moment if it is today), for use cases that date what they
     *         record by their clock: the demo's past is recorded as if on its day
     */
    Clock clockOn(LocalDate day) {
        return Clock.fixed(day.equals(today) ? now : day.atTime(RECORDED_AT).atZone(zone).toInstant(), zone);
    }

    /**
     * @param planned a planned day of decision
     * @return that day, or today if it lies in the future: a decision is never dated after today
     */
    LocalDate notAfterToday(LocalDate planned) {
        return hasHappened(planned) ? planned : today;
    }
}
