package org.xieshang.app.interfaces.faces;

import jakarta.enterprise.inject.spi.CDI;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.xieshang.domain.audit.AuditAction;
import org.xieshang.domain.audit.AuditQuery;

/** The audit screen's filter form: days in the committees' time zone, login name, kind of event, record id. */
public class AuditFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate from;
    private LocalDate until;
    private String actor;
    private AuditAction action;
    private String entityId;

    AuditQuery toQuery() {
        ZoneId zone = CDI.current().select(Clock.class).get().getZone();
        return new AuditQuery(Optional.ofNullable(from).map(d -> d.atStartOfDay(zone).toInstant()),
                Optional.ofNullable(until).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()), text(actor), Optional.ofNullable(action),
                Optional.empty(), text(entityId), Optional.empty());
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }
}
