package org.xieshang.domain.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;

/**
 * Which audit records to find; every criterion is optional. Immutable and thread-safe.
 *
 * @param fromInclusive earliest time
 * @param toExclusive   time before which records must lie
 * @param actor         login name, exact
 * @param action        kind of event
 * @param entityType    kind of record, exact
 * @param entityId      record identifier, exact
 * @param committeeId   committee concerned
 */
public record AuditQuery(Optional<Instant> fromInclusive, Optional<Instant> toExclusive, Optional<String> actor, Optional<AuditAction> action,
                         Optional<String> entityType, Optional<String> entityId, Optional<CommitteeId> committeeId) {

    /** Rejects nulls. */
    public AuditQuery {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toExclusive, "toExclusive");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(committeeId, "committeeId");
    }

    /** @return a query for every record, never null */
    public static AuditQuery all() {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * @param record a record, not null
     * @return whether it meets every criterion
     */
    public boolean matches(AuditRecord record) {
        AuditEntry e = record.entry();
        return fromInclusive.map(from -> !e.occurredAt().isBefore(from)).orElse(true)
                && toExclusive.map(to -> e.occurredAt().isBefore(to)).orElse(true)
                && actor.map(e.actor()::equals).orElse(true)
                && action.map(a -> a == e.action()).orElse(true)
                && entityType.map(e.entityType()::equals).orElse(true)
                && entityId.map(e.entityId()::equals).orElse(true)
                && committeeId.map(c -> e.committeeId().equals(Optional.of(c))).orElse(true);
    }
}
