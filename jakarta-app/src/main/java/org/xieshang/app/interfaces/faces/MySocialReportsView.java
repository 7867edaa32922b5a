package org.xieshang.app.interfaces.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.xieshang.app.application.MemberService;
import org.xieshang.app.application.security.CurrentUser;
import org.xieshang.app.application.socialreport.SocialReportService;
import org.xieshang.app.application.socialreport.SocialReportViews;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.socialreport.SocialReport;
import org.xieshang.domain.socialreport.SocialReportId;
import org.xieshang.domain.socialreport.SocialReportQuery;

/**
 * A member's own social-condition reports (我的社情民意) of a year: those the member handed in, drafts included, and those
 * the member co-wrote. Withdrawing happens in the list, writing a draft in the editor below it. Accounts without a
 * member record have no page here.
 */
@Named
@ViewScoped
public class MySocialReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser user;

    @Inject
    MemberService members;

    @Inject
    SocialReportService reports;

    @Inject
    SocialReportViews views;

    private SignedInMember member;
    private Integer year;
    private List<MySocialReportRow> rows = List.of();

    /** Loads the signed-in member's reports; 403 for an account that is no member's. */
    public void load() {
        member = SignedInMember.resolve(user, members).orElse(null);
        if (member != null) {
            reload();
        }
    }

    void reload() {
        MemberId me = memberId();
        MemberNames names = new MemberNames(views::memberName);
        SocialReportQuery query = SocialReportQuery.of(committeeId(), getYear()).concerning(me);
        rows = Page.all(request -> reports.search(query, request)).stream().map(r -> new MySocialReportRow(r, me, names)).toList();
    }

    /** Takes a draft or a report not yet edited back. */
    public void withdraw(MySocialReportRow row) {
        try {
            SocialReport withdrawn = reports.withdraw(SocialReportId.parse(row.getReport().getId()), row.getReport().version(), null);
            FormErrors.confirm("social-report.withdrawn", withdrawn.currentContent().title());
            reload();
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
    }

    CommitteeId committeeId() {
        return member.committeeId();
    }

    MemberId memberId() {
        return member.memberId();
    }

    public List<MySocialReportRow> getRows() {
        return rows;
    }

    public Integer getYear() {
        return year == null ? Now.today().getYear() : year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<Integer> getYears() {
        return Now.recentYears(false);
    }
}
