package org.xieshang.app.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xieshang.app.infrastructure.security.RateLimiter;

/**
 * How many topics one address may submit to public calls per hour. Much tighter than the general limit on anonymous
 * requests: a submission is stored and read by staff, so flooding it costs people's time, not just the server's.
 */
@ApplicationScoped
public class SubmissionRateLimit {

    @Inject
    @ConfigProperty(name = "xieshang.public-call.submissions-per-hour", defaultValue = "10")
    int perHour;

    @Inject
    Clock clock;

    private RateLimiter limiter;

    @PostConstruct
    void start() {
        limiter = new RateLimiter(perHour, Duration.ofHours(1), clock);
    }

    /**
     * Counts a submission from the address, for the API and the public page alike.
     *
     * @param address the client's address, not null
     * @return how long to wait if it is over the limit, {@link Duration#ZERO} if it may go ahead
     */
    public Duration acquire(String address) {
        return limiter.acquire(address);
    }
}
