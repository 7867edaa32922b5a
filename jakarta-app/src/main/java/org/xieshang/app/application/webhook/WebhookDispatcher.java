package org.xieshang.app.application.webhook;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
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
 * 10 by default): up to {@value #BATCH} entries and 256 KiB a request, in feed order, in the same JSON as
 * {@code GET /changes}, signed ({@link WebhookSignature}), to targets {@link WebhookTargets} allows. A 2xx answer
 * acknowledges the batch; anything else, or no answer within {@value #TIMEOUT_SECONDS} seconds, is tried again with
 * the same entries after a pause that doubles with each failure in a row, up to an hour. Delivery is at least once: a
 * receiver keeps the latest version per item, as a reader of {@code GET /changes} does. Runs outside the changes' own transactions, so that a slow system never holds one up.
 */
@ApplicationScoped
public class WebhookDispatcher {

    static final int BATCH = 100;
    static final int TIMEOUT_SECONDS = 10;
    /** The largest body sent at once, well under the 1 MB proxies commonly take. */
    static final int MAX_BODY_BYTES = 256 * 1024;
    /** Batches per webhook and round: a long backlog goes out quickly, yet one webhook never holds up the others long. */
    private static final int BATCHES_PER_ROUND = 10;
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);
    private static final Logger LOG = System.getLogger(WebhookDispatcher.class.getName());

    @Inject
    @ConfigProperty(name = "xieshang.webhooks.interval-seconds", defaultValue = "10")
    int intervalSeconds;

    @Inject
    @ConfigProperty(name = "xieshang.webhooks.allow-local-targets", defaultValue = "false")
    boolean localTargetsAllowed;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private HttpClient http;
    private ScheduledFuture<?> rounds;

    void onStart(@Observes ApplicationReady event) {
        // No redirects: the address the office registered is the only place the committee's changes go. HTTP/1.1: no
        // h2c upgrade headers for proxies in front of departments' systems to trip over.
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
        intervalSeconds = Math.max(1, intervalSeconds);
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
                if (Thread.currentThread().isInterrupted()) {
                    return; // shutting down
                }
            }
        } catch (RuntimeException | Error e) { // an exception escaping a scheduled task would end all later rounds
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
        String body = FeedJson.changes(entries, webhook.deliveredSequence());
        // A receiver behind a proxy takes a limited body: fewer entries, but always one, until it fits.
        while (body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES && entries.size() > 1) {
            entries = entries.subList(0, entries.size() / 2);
            body = FeedJson.changes(entries, webhook.deliveredSequence());
        }
        long last = entries.get(entries.size() - 1).sequence();
        Instant now = clock.instant();
        try {
            if (!WebhookTargets.resolvesAllowed(webhook.url(), localTargetsAllowed)) {
                fail(webhook, 0, "target not allowed", now);
                return null;
            }
            int status = post(webhook, body, last, now);
            if (status / 100 != 2) {
                fail(webhook, status, "HTTP " + status, now);
                return null;
            }
            boolean recorded = deliveries.delivered(webhook, last, status, now);
            // Not recorded: rewound or deleted meanwhile; the next round starts from where it stands now.
            return recorded && entries.size() == BATCH ? advanced(webhook, last) : null;
        } catch (IOException e) {
            fail(webhook, 0, e.getClass().getSimpleName(), now); // the kind only: the message would describe the network
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            fail(webhook, 0, e.getClass().getSimpleName(), now);
            LOG.log(Level.WARNING, "webhook " + webhook.id() + " could not be delivered", e);
        }
        return null;
    }

    /** @return the answer's status; the body is not read, so a receiver that stalls after its headers holds nothing up */
    private int post(Webhook webhook, String body, long last, Instant now) throws IOException, InterruptedException {
        long timestamp = now.getEpochSecond();
        // The same batch keeps its delivery id when it is tried again, so that a receiver can tell a repeat.
        String delivery = UUID.nameUUIDFromBytes((webhook.id() + ":" + webhook.deliveredSequence() + ":" + last).getBytes(StandardCharsets.UTF_8))
                .toString();
        HttpRequest request = HttpRequest.newBuilder(webhook.url()).timeout(Duration.ofSeconds(TIMEOUT_SECONDS))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("User-Agent", "Xieshang-Webhook/1")
                .header("X-Xieshang-Webhook", webhook.id().toString())
                .header("X-Xieshang-Delivery", delivery)
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(deliveries.secretOf(webhook.id()), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode();
    }

    private void fail(Webhook webhook, int status, String error, Instant now) {
        Duration pause = pauseAfter(webhook.failures() + 1, Duration.ofSeconds(intervalSeconds));
        deliveries.failed(webhook, status, error, now, now.plus(pause));
        LOG.log(Level.INFO, "webhook " + webhook.id() + " failed (" + error + "); next attempt in " + pause);
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
