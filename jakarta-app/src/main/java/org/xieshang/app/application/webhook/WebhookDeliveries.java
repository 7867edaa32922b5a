package org.xieshang.app.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.xieshang.app.application.feed.ChangeFeed;
import org.xieshang.app.application.feed.FeedEntry;

/**
 * The deliveries' reads and records, each in a short transaction of its own, so that no transaction stays open while
 * a department's system is waited for. No user acts here: the webhook's registration was the office's decision.
 */
@ApplicationScoped
@Transactional
public class WebhookDeliveries {

    @Inject
    Webhooks webhooks;

    @Inject
    ChangeFeed feed;

    /** @return the webhooks due at that time */
    public List<Webhook> due(Instant now) {
        return webhooks.due(now);
    }

    /** @return the next entries of the webhook's committee after what it acknowledged, at most {@code limit} */
    public List<FeedEntry> pending(Webhook webhook, int limit) {
        return feed.read(List.of(webhook.committeeId()), webhook.deliveredSequence(), limit);
    }

    public String secretOf(UUID id) {
        return webhooks.secretOf(id);
    }

    /** @return whether it was recorded: false if the webhook was rewound or deleted since it was read */
    public boolean delivered(Webhook webhook, long to, int status, Instant at) {
        return webhooks.delivered(webhook.id(), webhook.deliveredSequence(), to, status, at);
    }

    public void failed(Webhook webhook, int status, String error, Instant at, Instant nextAttempt) {
        webhooks.failed(webhook.id(), webhook.deliveredSequence(), status, error, at, nextAttempt);
    }
}
