package org.xieshang.domain.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;

/**
 * Who acts and from where, as the audit trail records it. Immutable and thread-safe.
 *
 * @param username      the login name, {@code anonymous} before sign-in or {@code system} for the system itself; not null
 * @param clientAddress the client's network address, empty if none; not null
 */
public record Actor(String username, String clientAddress) {

    /** Rejects nulls. */
    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(clientAddress, "clientAddress");
    }

    /** @return the system acting on its own (start-up, scheduled work), never null */
    public static Actor system() {
        return new Actor("system", "");
    }

    /**
     * @param at          when, not null
     * @param action      what kind of event, not null
     * @param committeeId the committee concerned, if any
     * @param entityType  kind of record, empty if none; not null
     * @param entityId    the record's identifier, empty if none; not null
     * @param changes     changed fields, not null
     * @param detail      free text, not null
     * @return the audit entry of this actor doing that, never null
     */
    public AuditEntry did(Instant at, AuditAction action, Optional<CommitteeId> committeeId, String entityType, String entityId,
                          List<FieldChange> changes, String detail) {
        return new AuditEntry(at, username, committeeId, clientAddress, action, entityType, entityId, changes, detail);
    }
}
