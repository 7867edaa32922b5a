package org.xieshang.app.interfaces.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.xieshang.app.application.CommitteeService;
import org.xieshang.app.application.socialreport.SocialReportService;
import org.xieshang.app.application.socialreport.SocialReportViews;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.proposal.ProposalCategory;
import org.xieshang.domain.shared.PageRequest;
import org.xieshang.domain.socialreport.SocialReportStatus;

/**
 * The information office's desk (社情民意信息工作台): the year's reports of the committee chosen in the header, a figure
 * per status that lists those when clicked, filters by status and category, and the list page by page, each report
 * linked to its page where the office works on it.
 */
@Named
@ViewScoped
public class SocialReportDeskView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommitteeSelection selection;

    @Inject
    CommitteeService committees;

    @Inject
    SocialReportService reports;

    @Inject
    SocialReportViews views;

    private String committeeId;
    private String committeeName;
    private Integer year;
    private SocialReportStatus status;
    private ProposalCategory category;
    private SocialReportRegister register;
    private List<ReportStatusCount> counts;

    @PostConstruct
    void init() {
        CommitteeId chosen = selection.current();
        if (chosen != null) { // none yet: the page's view action sends the user to the committees
            committeeId = chosen.toString();
            committeeName = committees.get(chosen).name();
        }
    }

    /** Applies the filters chosen: the figures are counted again and the list starts from its first page. */
    public void search() {
        register = null;
        counts = null;
    }

    /** Lists the reports in one status, as its figure was clicked; null for all. */
    public void showStatus(SocialReportStatus chosen) {
        status = chosen;
        search();
    }

    private SocialReportFilter filter() {
        return new SocialReportFilter(committeeId, getYear(), status, category);
    }

    public SocialReportRegister getRegister() {
        if (register == null) {
            register = new SocialReportRegister(reports, views, filter());
        }
        return register;
    }

    /** @return a figure per status, within the category chosen */
    public List<ReportStatusCount> getCounts() {
        if (counts == null) {
            counts = SocialReportTally.count(filter(), q -> reports.search(q, PageRequest.of(0, 1)).totalElements());
        }
        return counts;
    }

    /** @return the reports of all figures together */
    public long getTotal() {
        return SocialReportTally.total(getCounts());
    }

    /** @return the statuses the office sees; drafts are their members' own */
    public List<SelectItem> getStatuses() {
        return SocialReportTally.LISTED.stream().map(s -> new SelectItem(s, Texts.label(s))).toList();
    }

    public String getCommitteeName() {
        return committeeName;
    }

    /** @return the year in the address, this year by default */
    public Integer getYear() {
        return year == null ? Now.today().getYear() : year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<Integer> getYears() {
        return Now.recentYears(false);
    }

    public SocialReportStatus getStatus() {
        return status;
    }

    public void setStatus(SocialReportStatus status) {
        this.status = status;
    }

    public ProposalCategory getCategory() {
        return category;
    }

    public void setCategory(ProposalCategory category) {
        this.category = category;
    }
}
