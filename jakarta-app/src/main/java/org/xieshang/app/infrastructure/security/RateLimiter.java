package org.xieshang.app.infrastructure.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fixed-window limiter per key (a client address): at most {@code limit} events per window. Small and in
 * memory, for one server; a cluster would share the counters. Thread-safe.
 */
public final class RateLimiter {

    private record Window(Instant start, int count) {
    }

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /**
     * @param limit  events allowed per window, at least 1
     * @param window the window, positive
     * @param clock  the clock, not null
     */
    public RateLimiter(int limit, Duration window, Clock clock) {
        if (limit < 1 || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("bad rate limit");
        }
        this.limit = limit;
        this.window = window;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param key who the event is from, not null
     * @return how long to wait if the event is over the limit, {@link Duration#ZERO} if it is allowed (and counted)
     */
    public Duration acquire(String key) {
        Instant now = clock.instant();
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> !now.isBefore(w.start().plus(window)));
        }
        Window current = windows.compute(key, (k, w) -> w == null || !now.isBefore(w.start().plus(window)) ? new Window(now, 1)
                : new Window(w.start(), w.count() + 1));
        if (current.count() <= limit) {
            return Duration.ZERO;
        }
        Duration wait = Duration.between(now, current.start().plus(window));
        return wait.isZero() || wait.isNegative() ? Duration.ofSeconds(1) : wait;
    }
}
