package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Persistence model of an integrator's webhook: its target and secret, and how far its deliveries have come. */
@Entity
@Table(name = "webhook")
public class WebhookEntity {

    @Id
    @Column(length = 36)
    String id;

    @Column(name = "committee_id", nullable = false, length = 36)
    String committeeId;

    @Column(name = "target_url", nullable = false, length = 500)
    String url;

    @Column(nullable = false, length = 200)
    String description;

    /** Encrypted. */
    @Column(nullable = false, length = 500)
    String secret;

    @Column(name = "created_at", nullable = false)
    @Convert(converter = UtcInstantConverter.class)
    Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    String createdBy;

    @Column(name = "delivered_seq", nullable = false)
    long deliveredSequence;

    @Column(nullable = false)
    int failures;

    @Column(name = "next_attempt_at", nullable = false)
    @Convert(converter = UtcInstantConverter.class)
    Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    @Convert(converter = UtcInstantConverter.class)
    Instant lastAttemptAt;

    @Column(name = "last_status")
    Integer lastStatus;

    @Column(name = "last_error", length = 500)
    String lastError;

    @Version
    long version;
}
