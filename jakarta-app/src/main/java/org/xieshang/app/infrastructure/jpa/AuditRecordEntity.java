package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.xieshang.domain.audit.AuditAction;

/** Persistence model of an {@link org.xieshang.domain.audit.AuditRecord}: inserted once, never updated. */
@Entity
@Table(name = "audit_record")
public class AuditRecordEntity {

    @Id
    @Column(name = "seq")
    long sequence;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    @Convert(converter = UtcInstantConverter.class)
    Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 2000)
    String actor;

    @Column(name = "committee_id", updatable = false, length = 36)
    String committeeId;

    @Column(name = "client_address", nullable = false, updatable = false, length = 2000)
    String clientAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "audit_action", nullable = false, updatable = false, length = 40)
    AuditAction action;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 2000)
    String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false, length = 2000)
    String entityId;

    @Column(nullable = false, updatable = false, length = 2000)
    String detail;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    String previousHash;

    @Column(nullable = false, updatable = false, length = 64)
    String hash;

    /** In no particular order: {@link ChangeRow#position} orders them (an order column let batch reading leave holes). */
    @ElementCollection
    @CollectionTable(name = "audit_change", joinColumns = @JoinColumn(name = "seq"))
    List<ChangeRow> changes = new ArrayList<>();

    /** One row of {@code audit_change}. */
    @Embeddable
    public static class ChangeRow {
        @Column(name = "seq_no", nullable = false)
        int position;
        @Column(name = "field", nullable = false, length = 2000)
        String fieldName;
        @Column(name = "before_value", length = 2000)
        String before;
        @Column(name = "after_value", length = 2000)
        String after;
    }
}
