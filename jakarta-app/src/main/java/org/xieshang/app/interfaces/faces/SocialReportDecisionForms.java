package org.xieshang.app.interfaces.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.xieshang.app.application.socialreport.SocialReportService;

/**
 * The office's decision on a report, on its page: adopt it (采用, with a note such as the issue it appears in), do not
 * adopt it (with the reason its member reads), or send it back to its member for revision.
 */
@Named
@ViewScoped
public class SocialReportDecisionForms implements Serializable {

    static final String ADOPT_FORM = "adoptForm";
    static final String DECLINE_FORM = "declineForm";
    static final String RETURN_FORM = "returnForm";
    private static final long serialVersionUID = 1L;

    @Inject
    SocialReportDetailView page;

    @Inject
    SocialReportService reports;

    private String note;
    private String declineReason;
    private String returnReason;

    public void adopt() {
        if (page.apply(ADOPT_FORM, () -> reports.adopt(page.reportId(), page.version(), note), "social-report.adopted")) {
            note = null;
        }
    }

    public void decline() {
        if (page.apply(DECLINE_FORM, () -> reports.decline(page.reportId(), page.version(), declineReason), "social-report.declined")) {
            declineReason = null;
        }
    }

    public void returnForRevision() {
        if (page.apply(RETURN_FORM, () -> reports.returnForRevision(page.reportId(), page.version(), returnReason), "social-report.returned")) {
            returnReason = null;
        }
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }
}
