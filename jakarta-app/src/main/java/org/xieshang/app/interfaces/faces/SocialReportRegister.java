package org.xieshang.app.interfaces.faces;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.xieshang.app.application.socialreport.SocialReportService;
import org.xieshang.app.application.socialreport.SocialReportViews;
import org.xieshang.domain.shared.PageRequest;

/** The desk's list of a committee's year one page at a time from storage, in the order reports came in, as filtered. */
final class SocialReportRegister extends LazyDataModel<SocialReportRow> {

    private static final long serialVersionUID = 1L;

    private final transient SocialReportService reports;
    private final transient SocialReportViews views;
    private final SocialReportFilter filter;

    SocialReportRegister(SocialReportService reports, SocialReportViews views, SocialReportFilter filter) {
        this.reports = reports;
        this.views = views;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) reports.search(filter.query(), PageRequest.of(0, 1)).totalElements();
    }

    @Override
    public List<SocialReportRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        MemberNames names = new MemberNames(views::memberName);
        return reports.search(filter.query(), PageRequest.of(first / pageSize, pageSize)).items().stream().map(r -> new SocialReportRow(r, names))
                .toList();
    }

    @Override
    public String getRowKey(SocialReportRow row) {
        return row.getId();
    }
}
