package org.xieshang.domain.testkit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock in a committee's time zone (Asia/Shanghai) that tests set. Thread-safe. */
public final class TestClock extends Clock {

    /** The committees' time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private volatile Instant now;

    /** @param start the local time to start at, not null */
    public TestClock(LocalDateTime start) {
        setTo(start);
    }

    /** @param localTime the committee's local time from now on, not null */
    public void setTo(LocalDateTime localTime) {
        now = localTime.atZone(ZONE).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(ZONE) ? this : Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
