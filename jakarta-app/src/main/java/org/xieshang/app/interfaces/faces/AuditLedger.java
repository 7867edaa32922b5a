package org.xieshang.app.interfaces.faces;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.xieshang.app.application.security.AuditService;
import org.xieshang.domain.audit.AuditQuery;
import org.xieshang.domain.shared.PageRequest;

/** The audit trail one page at a time from storage, newest first, with the screen's filters. */
final class AuditLedger extends LazyDataModel<AuditRow> {

    private static final long serialVersionUID = 1L;

    private final transient AuditService audit;
    private final AuditFilter filter;

    AuditLedger(AuditService audit, AuditFilter filter) {
        this.audit = audit;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) audit.search(query(), PageRequest.of(0, 1)).totalElements();
    }

    @Override
    public List<AuditRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return audit.search(query(), PageRequest.of(first / pageSize, pageSize)).items().stream().map(AuditRow::of).toList();
    }

    @Override
    public String getRowKey(AuditRow row) {
        return Long.toString(row.sequence());
    }

    private AuditQuery query() {
        return filter.toQuery();
    }
}
