package org.xieshang.app.infrastructure.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Keeps the fictional demo history in the past: the data set has fixed dates (terms 2017–2027), and the
 * calendar tells which of them have happened by the clock's today. Immutable.
 */
final class DemoCalendar {

    private final LocalDate today;
    private final Instant now;

    DemoCalendar(Clock clock) {
        this.now = clock.instant();
        this.today = LocalDate.ofInstant(now, clock.getZone());
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
     * @param planned a planned day of decision
     * @return that day, or today if it lies in the future: a decision is never dated after today
     */
    LocalDate notAfterToday(LocalDate planned) {
        return hasHappened(planned) ? planned : today;
    }
}
