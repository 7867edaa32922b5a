package org.xieshang.app.application.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.ConcurrentUpdateException;

/**
 * Storage of webhooks. The office's changes are checked against the version read; a delivery's outcome is recorded
 * only if no other delivery or rewind moved the webhook on meanwhile, so that two rounds never skip or repeat a range.
 */
public interface Webhooks {

    /** @return the webhook registered, at version 1, due at once; never null */
    Webhook add(CommitteeId committeeId, URI url, String description, String secret, Instant at, String by);

    Optional<Webhook> find(UUID id);

    /** @return the committee's webhooks, oldest first; never null */
    List<Webhook> ofCommittee(CommitteeId committeeId);

    /** @return every webhook whose next attempt is due at the given time, never null */
    List<Webhook> due(Instant now);

    /** @return the key its deliveries are signed with */
    String secretOf(UUID id);

    /** @throws ConcurrentUpdateException if it changed since it was read at that version */
    void delete(UUID id, long expectedVersion);

    /**
     * Starts its deliveries again after a sequence number, at once and with no failures counted.
     *
     * @throws ConcurrentUpdateException if it changed since it was read at that version
     */
    Webhook rewind(UUID id, long expectedVersion, long since, Instant now);

    /**
     * Records an acknowledged delivery of the entries up to {@code to}, if the webhook is still at {@code from}.
     *
     * @return whether it was: false if it was rewound or deleted meanwhile
     */
    boolean delivered(UUID id, long from, long to, int status, Instant at);

    /** Records a failed attempt, if the webhook is still at {@code from}: one failure more, and when to try again. */
    void failed(UUID id, long from, int status, String error, Instant at, Instant nextAttempt);
}
