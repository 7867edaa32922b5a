package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.xieshang.app.application.webhook.Webhook;
import org.xieshang.app.application.webhook.Webhooks;
import org.xieshang.app.infrastructure.crypto.PersonalDataProtection;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.NotFoundException;

/** Webhooks stored with JPA, their secrets encrypted as personal data is. Runs inside the caller's transaction. */
public final class JpaWebhooks implements Webhooks {

    private static final String KIND = "webhook";
    private static final int MAX_ERROR = 500;

    private final EntityManager em;
    private final PersonalDataProtection protection;

    /**
     * @param em         the entity manager, not null
     * @param protection encrypts the secrets, not null
     */
    public JpaWebhooks(EntityManager em, PersonalDataProtection protection) {
        this.em = em;
        this.protection = protection;
    }

    @Override
    public Webhook add(CommitteeId committeeId, URI url, String description, String secret, Instant at, String by) {
        WebhookEntity e = new WebhookEntity();
        e.id = UUID.randomUUID().toString();
        e.committeeId = committeeId.toString();
        e.url = url.toString();
        e.description = description;
        e.secret = protection.encrypt(secret);
        e.createdAt = at;
        e.createdBy = by;
        e.nextAttemptAt = at;
        em.persist(e);
        em.flush();
        return toWebhook(e);
    }

    @Override
    public Optional<Webhook> find(UUID id) {
        return Optional.ofNullable(em.find(WebhookEntity.class, id.toString())).map(JpaWebhooks::toWebhook);
    }

    @Override
    public List<Webhook> ofCommittee(CommitteeId committeeId) {
        return em.createQuery("SELECT w FROM WebhookEntity w WHERE w.committeeId = :committee ORDER BY w.createdAt, w.id", WebhookEntity.class)
                .setParameter("committee", committeeId.toString()).getResultList().stream().map(JpaWebhooks::toWebhook).toList();
    }

    @Override
    public List<Webhook> due(Instant now) {
        return em.createQuery("SELECT w FROM WebhookEntity w WHERE w.nextAttemptAt <= :now ORDER BY w.nextAttemptAt", WebhookEntity.class)
                .setParameter("now", now).getResultList().stream().map(JpaWebhooks::toWebhook).toList();
    }

    @Override
    public String secretOf(UUID id) {
        return protection.decrypt(require(id).secret);
    }

    @Override
    public void delete(UUID id, long expectedVersion) {
        WebhookEntity e = require(id);
        if (e.version != expectedVersion) {
            throw new ConcurrentUpdateException(KIND, id, expectedVersion);
        }
        em.remove(e);
        flush(id, expectedVersion);
    }

    @Override
    public Webhook rewind(UUID id, long expectedVersion, long since, Instant now) {
        require(id);
        // By statement, so that the version rises even when nothing else changes (a rewind to where it stands).
        int changed = em.createNativeQuery("UPDATE webhook SET delivered_seq = ?, failures = 0, next_attempt_at = ?, version = version + 1"
                        + " WHERE id = ? AND version = ?")
                .setParameter(1, since).setParameter(2, utc(now)).setParameter(3, id.toString()).setParameter(4, expectedVersion).executeUpdate();
        if (changed != 1) {
            throw new ConcurrentUpdateException(KIND, id, expectedVersion);
        }
        WebhookEntity rewound = require(id);
        em.refresh(rewound);
        return toWebhook(rewound);
    }

    // Deliveries are recorded by statement: they are no change of the office's, so the version stays (a JPQL update
    // would raise it), and only where the webhook still stands where the delivery started.

    @Override
    public boolean delivered(UUID id, long from, long to, int status, Instant at) {
        return 1 == em.createNativeQuery("UPDATE webhook SET delivered_seq = ?, failures = 0, next_attempt_at = ?, last_attempt_at = ?, last_status = ?,"
                        + " last_error = NULL WHERE id = ? AND delivered_seq = ?")
                .setParameter(1, to).setParameter(2, utc(at)).setParameter(3, utc(at)).setParameter(4, status).setParameter(5, id.toString())
                .setParameter(6, from).executeUpdate();
    }

    @Override
    public void failed(UUID id, long from, int status, String error, Instant at, Instant nextAttempt) {
        String shortened = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        em.createNativeQuery("UPDATE webhook SET failures = failures + 1, next_attempt_at = ?, last_attempt_at = ?, last_status = ?,"
                        + " last_error = ? WHERE id = ? AND delivered_seq = ?")
                .setParameter(1, utc(nextAttempt)).setParameter(2, utc(at)).setParameter(3, status).setParameter(4, shortened)
                .setParameter(5, id.toString()).setParameter(6, from).executeUpdate();
    }

    /** The stored form of an instant, as {@link UtcInstantConverter} writes it: UTC wall time. */
    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private WebhookEntity require(UUID id) {
        WebhookEntity e = em.find(WebhookEntity.class, id.toString());
        if (e == null) {
            throw new NotFoundException(KIND, null, id);
        }
        return e;
    }

    private void flush(UUID id, long expectedVersion) {
        try {
            em.flush();
        } catch (OptimisticLockException ex) {
            throw new ConcurrentUpdateException(KIND, id, expectedVersion);
        }
    }

    private static Webhook toWebhook(WebhookEntity e) {
        return new Webhook(UUID.fromString(e.id), CommitteeId.parse(e.committeeId), URI.create(e.url), e.description, e.createdAt, e.createdBy,
                e.deliveredSequence, e.failures, e.nextAttemptAt, Optional.ofNullable(e.lastAttemptAt), Optional.ofNullable(e.lastStatus),
                Optional.ofNullable(e.lastError), e.version);
    }
}
