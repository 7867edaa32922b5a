package org.xieshang.app.application.webhook;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xieshang.app.application.feed.FeedEntry;
import org.xieshang.app.application.feed.FeedJson;
import org.xieshang.app.infrastructure.db.ApplicationReady;
import org.xieshang.domain.shared.NotFoundException;

/**
 * Pushes each webhook's committee changes to its address every few seconds ({@code xieshang.webhooks.interval-seconds},
 * 10 by default): up to {@value #BATCH} entries a request, in feed order, in the same JSON as {@code GET /changes},
 * signed ({@link WebhookSignature}). A 2xx answer acknowledges the batch; anything else, or no answer within
 * {@value #TIMEOUT_SECONDS} seconds, is tried again with the same entries after a pause that doubles with each failure
 * in a row, up to an hour. Delivery is at least once: a receiver keeps the latest version per item, as a reader of
 * {@code GET /changes} does. Runs outside the changes' own transactions, so that a slow system never holds one up.
 */
@ApplicationScoped
public class WebhookDispatcher {

    static final int BATCH = 100;
    static final int TIMEOUT_SECONDS = 10;
    /** Batches per webhook and round: a long backlog goes out quickly, yet one webhook never holds up the others long. */
    private static final int BATCHES_PER_ROUND = 10;
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);
    private static final Logger LOG = System.getLogger(WebhookDispatcher.class.getName());

    @Inject
    @ConfigProperty(name = "xieshang.webhooks.interval-seconds", defaultValue = "10")
    int intervalSeconds;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private HttpClient http;
    private ScheduledFuture<?> rounds;

    void onStart(@Observes ApplicationReady event) {
        // No redirects: the address the office registered is the only place the committee's changes go.
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        rounds = scheduler.scheduleWithFixedDelay(this::round, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }

    private void round() {
        try {
            for (Webhook webhook : deliveries.due(clock.instant())) {
                try {
                    deliverBacklog(webhook);
                } catch (NotFoundException e) {
                    LOG.log(Level.DEBUG, "webhook " + webhook.id() + " was deleted during the round");
                } catch (RuntimeException e) { // the others go on
                    LOG.log(Level.WARNING, "webhook " + webhook.id() + " skipped this round", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "webhook round failed; trying again in " + intervalSeconds + " s", e);
        }
    }

    private void deliverBacklog(Webhook webhook) {
        Webhook current = webhook;
        for (int batch = 0; batch < BATCHES_PER_ROUND && current != null; batch++) {
            current = deliverNext(current);
        }
    }

    /** @return the webhook as it stands after a full batch went through, or null when there is nothing more this round */
    private Webhook deliverNext(Webhook webhook) {
        List<FeedEntry> entries = deliveries.pending(webhook, BATCH);
        if (entries.isEmpty()) {
            return null;
        }
        long last = entries.get(entries.size() - 1).sequence();
        String body = FeedJson.changes(entries, webhook.deliveredSequence());
        Instant now = clock.instant();
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(webhook.url()).timeout(Duration.ofSeconds(TIMEOUT_SECONDS))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("User-Agent", "Xieshang-Webhook/1")
                .header("X-Xieshang-Webhook", webhook.id().toString())
                .header("X-Xieshang-Delivery", UUID.randomUUID().toString())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(deliveries.secretOf(webhook.id()), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                deliveries.delivered(webhook, last, status, now);
                return entries.size() == BATCH ? advanced(webhook, last) : null;
            }
            fail(webhook, status, "HTTP " + status, now);
        } catch (IOException e) {
            fail(webhook, 0, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), now);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private void fail(Webhook webhook, int status, String error, Instant now) {
        Duration pause = pauseAfter(webhook.failures() + 1, Duration.ofSeconds(intervalSeconds));
        deliveries.failed(webhook, status, error, now, now.plus(pause));
        LOG.log(Level.INFO, "webhook " + webhook.id() + " to " + webhook.url() + " failed (" + error + "); next attempt in " + pause);
    }

    private static Webhook advanced(Webhook w, long delivered) {
        return new Webhook(w.id(), w.committeeId(), w.url(), w.description(), w.createdAt(), w.createdBy(), delivered, 0, w.nextAttemptAt(),
                w.lastAttemptAt(), w.lastStatus(), w.lastError(), w.version());
    }

    /**
     * @param failuresInARow how many attempts failed in a row, from 1
     * @param interval       the rounds' interval
     * @return the pause before the next attempt: the interval doubled for each failure after the first, at most an hour
     */
    static Duration pauseAfter(int failuresInARow, Duration interval) {
        int doublings = Math.min(Math.max(failuresInARow - 1, 0), 20);
        Duration pause = interval.multipliedBy(1L << doublings);
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }
}
