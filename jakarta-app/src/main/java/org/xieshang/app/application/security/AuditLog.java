package org.xieshang.app.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xieshang.domain.audit.AuditAction;
import org.xieshang.domain.audit.AuditTrail;
import org.xieshang.domain.audit.FieldChange;
import org.xieshang.domain.committee.CommitteeId;

/**
 * Writes the current user's actions to the audit trail. Joins the caller's transaction, so that a change
 * and its record commit or roll back together; outside one (a refused request) it runs in its own.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    @Inject
    AuditTrail trail;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /**
     * @param action      what kind of event, not null
     * @param committeeId the committee concerned, if any
     * @param entityType  kind of record, not null
     * @param entityId    the record's identifier, not null
     * @param detail      free text, not null
     */
    public void record(AuditAction action, Optional<CommitteeId> committeeId, String entityType, String entityId, String detail) {
        trail.append(user.actor().did(clock.instant(), action, committeeId, entityType, entityId, List.of(), detail));
    }

    /**
     * Like {@link #record}, but in a transaction of its own that commits at once: for a refusal, whose caller's
     * transaction rolls back, and for an export, which must not hold the trail's lock while it streams.
     *
     * @param action      what kind of event, not null
     * @param committeeId the committee concerned, if any
     * @param entityType  kind of record, not null
     * @param entityId    the record's identifier, not null
     * @param detail      free text, not null
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordApart(AuditAction action, Optional<CommitteeId> committeeId, String entityType, String entityId, String detail) {
        record(action, committeeId, entityType, entityId, detail);
    }

    /**
     * Records a creation or change with the fields that differ (personal numbers masked by the caller).
     *
     * @param committeeId the committee concerned, not null
     * @param entityType  kind of record, not null
     * @param entityId    the record's identifier, not null
     * @param before      fields before, null for a new record
     * @param after       fields after, not null
     */
    public void change(CommitteeId committeeId, String entityType, String entityId, Map<String, String> before, Map<String, String> after) {
        trail.append(user.actor().did(clock.instant(), before == null ? AuditAction.CREATE : AuditAction.UPDATE, Optional.of(committeeId),
                entityType, entityId, FieldChange.between(before, after), ""));
    }
}
