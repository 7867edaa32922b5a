package org.xieshang.domain.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;

/**
 * What happened, by whom, from where: the content of an audit record before it is sealed into the chain.
 * Immutable and thread-safe; every text is made {@linkplain AuditText#safe safe}.
 *
 * @param occurredAt    when, in UTC, to the millisecond; not null
 * @param actor         the login name, or {@code anonymous} for a failed sign-in of an unknown name; not null
 * @param committeeId   the committee whose data or user it concerns, if any
 * @param clientAddress the client's network address, not null (empty if unknown)
 * @param action        what kind of event, not null
 * @param entityType    the kind of record concerned, such as {@code member}; empty if none; not null
 * @param entityId      the record's identifier; empty if none; not null
 * @param changes       changed fields of a CREATE or UPDATE, not null
 * @param detail        free text: a reason, a query, a file name; not null
 */
public record AuditEntry(Instant occurredAt, String actor, Optional<CommitteeId> committeeId, String clientAddress, AuditAction action,
                         String entityType, String entityId, List<FieldChange> changes, String detail) {

    /** Rejects nulls, cuts the time to milliseconds (what every database keeps) and makes texts safe. */
    public AuditEntry {
        occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MILLIS);
        actor = AuditText.safe(Objects.requireNonNull(actor, "actor"));
        Objects.requireNonNull(committeeId, "committeeId");
        clientAddress = AuditText.safe(Objects.requireNonNull(clientAddress, "clientAddress"));
        Objects.requireNonNull(action, "action");
        entityType = AuditText.safe(Objects.requireNonNull(entityType, "entityType"));
        entityId = AuditText.safe(Objects.requireNonNull(entityId, "entityId"));
        changes = List.copyOf(changes);
        detail = AuditText.safe(Objects.requireNonNull(detail, "detail"));
    }
}
