package org.xieshang.examples;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A committee's clock on China Standard Time, moved by an example's story from one day to the next. */
final class StoryClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Instant now;

    StoryClock(LocalDateTime start) {
        setTo(start);
    }

    void setTo(LocalDateTime time) {
        now = time.atZone(ZONE).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
