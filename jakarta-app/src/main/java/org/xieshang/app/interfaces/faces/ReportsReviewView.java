package org.xieshang.app.interfaces.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xieshang.app.application.MemberService;
import org.xieshang.app.application.duty.DutyReportService;
import org.xieshang.domain.duty.DutyReportId;
import org.xieshang.domain.duty.DutyReportStatus;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.PageRequest;

/** Members' duty reports of a year for review (履职报告审核): read, accept, or return with a comment. */
@Named
@ViewScoped
public class ReportsReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommitteeSelection selection;

    @Inject
    DutyReportService reports;

    @Inject
    MemberService members;

    private int year;
    private DutyReportStatus status = DutyReportStatus.SUBMITTED;
    private List<ReportRow> rows;

    @PostConstruct
    void init() {
        year = Now.today().getYear() - (Now.today().getMonthValue() <= 3 ? 1 : 0);
        search();
    }

    public void search() {
        Map<MemberId, String> names = new HashMap<>();
        rows = reports.search(selection.current(), year, status, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
                .map(r -> new ReportRow(r, names.computeIfAbsent(r.memberId(), id -> members.get(id).profile().name()))).toList();
    }

    public void review(ReportRow row, boolean accept) {
        try {
            reports.review(DutyReportId.parse(row.getId()), row.version(), accept, row.getComment());
            FormErrors.confirm(accept ? "reports.accepted" : "reports.returned", row.getMemberName());
            search();
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
    }

    public List<Integer> getYears() {
        return Now.recentYears(false);
    }

    public List<SelectItem> getStatuses() {
        return Arrays.stream(DutyReportStatus.values()).map(s -> new SelectItem(s, Texts.label(s))).toList();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public DutyReportStatus getStatus() {
        return status;
    }

    public void setStatus(DutyReportStatus status) {
        this.status = status;
    }

    public List<ReportRow> getRows() {
        return rows;
    }
}
