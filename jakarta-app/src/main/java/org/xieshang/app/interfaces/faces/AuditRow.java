package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import java.util.stream.Collectors;
import org.xieshang.domain.audit.AuditRecord;

/**
 * One audit record as the audit screen shows it.
 *
 * @param sequence   position in the chain
 * @param time       when, in the committees' time zone
 * @param actor      login name
 * @param address    client address
 * @param action     kind of event, as a label
 * @param entity     kind and identifier of the record concerned
 * @param changes    changed fields, before → after
 * @param detail     free text
 */
public record AuditRow(long sequence, String time, String actor, String address, String action, String entity, String changes, String detail)
        implements Serializable {

    static AuditRow of(AuditRecord record) {
        var e = record.entry();
        String changes = e.changes().stream().map(c -> c.field() + "：" + text(c.before()) + " → " + text(c.after())).collect(Collectors.joining("；"));
        return new AuditRow(record.sequence(), Texts.time(e.occurredAt()), e.actor(), e.clientAddress(), Texts.label(e.action()),
                e.entityType().isEmpty() ? "" : e.entityType() + (e.entityId().isEmpty() ? "" : " " + e.entityId()), changes, e.detail());
    }

    private static String text(String value) {
        return value == null ? "∅" : value;
    }
}
