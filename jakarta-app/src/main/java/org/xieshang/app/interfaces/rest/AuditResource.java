package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.OWN_COMMITTEE;
import static org.xieshang.domain.security.Permission.AUDIT_EXPORT;
import static org.xieshang.domain.security.Permission.AUDIT_READ;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.security.AuditService;
import org.xieshang.domain.audit.AuditAction;
import org.xieshang.domain.audit.AuditQuery;
import org.xieshang.domain.audit.AuditRecord;
import org.xieshang.domain.audit.ChainVerification;
import org.xieshang.domain.audit.FieldChange;
import org.xieshang.domain.committee.CommitteeId;

/** The audit trail for audit administrators: search, chain verification and CSV export; read only. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    @Inject
    AuditService audit;

    /**
     * One record.
     *
     * @param sequence      position in the chain
     * @param occurredAt    when, UTC
     * @param actor         login name
     * @param committeeId   committee concerned, or null
     * @param clientAddress client address
     * @param action        kind of event
     * @param entityType    kind of record
     * @param entityId      record identifier
     * @param changes       changed fields
     * @param detail        free text
     * @param hash          the record's chained hash
     */
    public record AuditRecordView(long sequence, Instant occurredAt, String actor, String committeeId, String clientAddress, String action,
                                  String entityType, String entityId, List<FieldChange> changes, String detail, String hash) {
        static AuditRecordView of(AuditRecord r) {
            var e = r.entry();
            return new AuditRecordView(r.sequence(), e.occurredAt(), e.actor(), e.committeeId().map(Object::toString).orElse(null), e.clientAddress(),
                    e.action().name(), e.entityType(), e.entityId(), e.changes(), e.detail(), r.hash());
        }
    }

    @Requires(value = AUDIT_READ, on = OWN_COMMITTEE)
    @GET
    public PageJson<AuditRecordView> search(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("actor") String actor,
                                            @QueryParam("action") String action, @QueryParam("entityType") String entityType,
                                            @QueryParam("entityId") String entityId, @QueryParam("committeeId") String committeeId,
                                            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        AuditQuery query = query(from, to, actor, action, entityType, entityId, committeeId);
        return PageJson.of(audit.search(query, Http.page(page, size)), AuditRecordView::of);
    }

    @Requires(value = AUDIT_READ, on = OWN_COMMITTEE)
    @GET
    @Path("verification")
    public ChainVerification verify() {
        return audit.verify();
    }

    @Requires(value = AUDIT_EXPORT, on = OWN_COMMITTEE)
    @GET
    @Path("export")
    @Produces("text/csv")
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("actor") String actor,
                           @QueryParam("action") String action, @QueryParam("entityType") String entityType,
                           @QueryParam("entityId") String entityId, @QueryParam("committeeId") String committeeId) {
        AuditQuery query = query(from, to, actor, action, entityType, entityId, committeeId);
        StreamingOutput body = out -> audit.exportCsv(query, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        return Response.ok(body, "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"audit.csv\"").build();
    }

    private static AuditQuery query(String from, String to, String actor, String action, String entityType, String entityId, String committeeId) {
        return new AuditQuery(instant(from, "from"), instant(to, "to"), text(actor), Optional.ofNullable(Http.enumValue(AuditAction.class, action, "action")),
                text(entityType), text(entityId), text(committeeId).map(CommitteeId::parse));
    }

    private static Optional<Instant> instant(String text, String field) {
        try {
            return text(text).map(Instant::parse);
        } catch (DateTimeParseException e) {
            throw new ProblemException(400, "param.instant", field, text);
        }
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
