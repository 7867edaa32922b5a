package org.xieshang.app.application.security;

import static org.xieshang.domain.security.Permission.AUDIT_EXPORT;
import static org.xieshang.domain.security.Permission.AUDIT_READ;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.xieshang.domain.audit.AuditAction;
import org.xieshang.domain.audit.AuditChain;
import org.xieshang.domain.audit.AuditQuery;
import org.xieshang.domain.audit.AuditRecord;
import org.xieshang.domain.audit.AuditTrail;
import org.xieshang.domain.audit.ChainVerification;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.security.Permission;
import org.xieshang.domain.security.Target;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/**
 * The audit administrator's work: searching, verifying and exporting the trail. There is no way to change or
 * remove a record. An auditor of a top committee sees every record; one of a county committee sees only its
 * committee's. Verifications and exports are themselves audited.
 */
@ApplicationScoped
@Transactional
public class AuditService {

    private static final int EXPORT_BATCH = 500;

    @Inject
    AuditTrail trail;

    @Inject
    AuditChain chain;

    @Inject
    AccessControl access;

    @Inject
    CurrentUser user;

    @Inject
    Committees committees;

    @Inject
    AuditLog audit;

    /**
     * @param query   the criteria, not null
     * @param request the page, not null
     * @return matching records, newest first
     */
    public Page<AuditRecord> search(AuditQuery query, PageRequest request) {
        return trail.search(scoped(query, AUDIT_READ), request);
    }

    /** @return whether the whole chain is intact, and where it breaks if not */
    public ChainVerification verify() {
        access.require(AUDIT_READ, Target.committee(user.subject().committeeId()));
        ChainVerification result = chain.verify(trail);
        audit.record(AuditAction.AUDIT_VERIFIED, Optional.of(user.subject().committeeId()), "audit", "",
                result.problem() + ", " + result.recordsChecked() + " records" + (result.intact() ? "" : ", broken at " + result.brokenAtSequence()));
        return result;
    }

    /**
     * Writes matching records as CSV (UTF-8 with a byte order mark, so that Excel shows the Chinese), oldest
     * first, in batches by sequence up to the head at the start; the export is audited first, in a transaction of
     * its own, so that no lock on the trail is held while the file streams.
     *
     * @param query the criteria, not null
     * @param out   where to write, not null
     */
    public void exportCsv(AuditQuery query, Writer out) {
        AuditQuery scoped = scoped(query, AUDIT_EXPORT);
        audit.recordApart(AuditAction.EXPORT, Optional.of(user.subject().committeeId()), "audit", "", "CSV " + describe(scoped));
        long last = trail.head().sequence(); // records appended while streaming wait for the next export
        try {
            out.write('\ufeff');
            out.write("sequence,occurredAtUtc,actor,committeeId,clientAddress,action,entityType,entityId,changes,detail,hash\r\n");
            long after = 0;
            List<AuditRecord> batch = trail.readInOrder(after, EXPORT_BATCH);
            while (!batch.isEmpty() && after < last) {
                for (AuditRecord record : batch) {
                    if (record.sequence() <= last && scoped.matches(record)) {
                        out.write(csvLine(record));
                    }
                    after = record.sequence();
                }
                batch = trail.readInOrder(after, EXPORT_BATCH);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AuditQuery scoped(AuditQuery query, Permission permission) {
        CommitteeId own = user.subject().committeeId();
        access.require(permission, Target.committee(own));
        boolean top = committees.find(own).map(c -> c.parentId().isEmpty()).orElse(false);
        if (top) {
            return query;
        }
        return new AuditQuery(query.fromInclusive(), query.toExclusive(), query.actor(), query.action(), query.entityType(), query.entityId(),
                Optional.of(own));
    }

    private static String describe(AuditQuery q) {
        return q.fromInclusive().map(f -> "from " + f).orElse("") + q.toExclusive().map(t -> " to " + t).orElse("")
                + q.actor().map(a -> " actor " + a).orElse("") + q.action().map(a -> " action " + a).orElse("")
                + q.committeeId().map(c -> " committee " + c).orElse("");
    }

    private static String csvLine(AuditRecord r) {
        var e = r.entry();
        String changes = e.changes().stream().map(c -> c.field() + ": " + nullText(c.before()) + " → " + nullText(c.after()))
                .collect(Collectors.joining("; "));
        return String.join(",", Long.toString(r.sequence()), e.occurredAt().toString(), csv(e.actor()),
                e.committeeId().map(Object::toString).orElse(""), csv(e.clientAddress()), e.action().name(), csv(e.entityType()), csv(e.entityId()),
                csv(changes), csv(e.detail()), r.hash()) + "\r\n";
    }

    private static String nullText(String value) {
        return value == null ? "∅" : value;
    }

    /** Quoted, and never starting with a character a spreadsheet would run as a formula. */
    private static String csv(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
