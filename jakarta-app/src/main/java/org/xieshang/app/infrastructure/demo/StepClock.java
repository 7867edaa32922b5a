package org.xieshang.app.infrastructure.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The clock the demo's proposal steps are taken by: moved to each step's day, so that the use cases date the
 * proposal's history, notices and duty credits on that day as if staff had acted then. Steps of one day follow each
 * other a minute apart from nine o'clock, in the order taken, but never later than the real moment: nothing is
 * recorded after now. Not thread-safe: one demo load moves it.
 */
final class StepClock extends Clock {

    private static final LocalTime OFFICE_OPENS = LocalTime.of(9, 0);

    private final ZoneId zone;
    private final LocalDate today;
    private final Instant now;
    private LocalDate day;
    private int stepsThatDay;
    private Instant instant;

    /** @param real the application's clock: its zone, today and now */
    StepClock(Clock real) {
        this.zone = real.getZone();
        this.now = real.instant();
        this.today = LocalDate.ofInstant(now, zone);
        this.instant = now;
    }

    /**
     * @param next the day of the next step, not after today
     * @throws IllegalArgumentException for a day after today
     */
    void moveTo(LocalDate next) {
        if (next.isAfter(today)) {
            throw new IllegalArgumentException("a demo step after today: " + next);
        }
        stepsThatDay = next.equals(day) ? stepsThatDay + 1 : 0;
        day = next;
        Instant planned = next.atTime(OFFICE_OPENS).plusMinutes(stepsThatDay).atZone(zone).toInstant();
        instant = planned.isAfter(now) ? now : planned;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The steps' clock keeps its zone: the committee's days are counted in it. */
    @Override
    public Clock withZone(ZoneId other) {
        return this;
    }

    @Override
    public Instant instant() {
        return instant;
    }
}
