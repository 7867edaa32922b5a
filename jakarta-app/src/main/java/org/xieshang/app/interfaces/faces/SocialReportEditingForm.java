package org.xieshang.app.interfaces.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.xieshang.app.application.socialreport.SocialReportService;
import org.xieshang.domain.proposal.ProposalCategory;
import org.xieshang.domain.socialreport.ReportContent;

/**
 * The office's editing of a report (编辑加工) on its page: title, text and category, starting from the text as it stands.
 * The edited version is what is adopted and reported upward; the member's own text is kept beside it.
 */
@Named
@ViewScoped
public class SocialReportEditingForm implements Serializable {

    static final String FORM = "editForm";
    private static final long serialVersionUID = 1L;

    @Inject
    SocialReportDetailView page;

    @Inject
    SocialReportService reports;

    /** The report version the fields were filled from: any change on the page fills them again from the report as changed. */
    private long filledFrom = -1;
    private String title;
    private String text;
    private ProposalCategory category;

    public void edit() {
        page.apply(FORM, () -> reports.edit(page.reportId(), page.version(), new ReportContent(title, text, category)), "social-report.edited");
    }

    /** Fills the fields from the report as the page shows it, unless they were filled from that version (and maybe typed into). */
    private void fill() {
        if (filledFrom != page.version() && page.getDetail() != null) {
            title = page.getDetail().getTitle();
            text = page.getDetail().getText();
            category = page.getDetail().currentCategory();
            filledFrom = page.version();
        }
    }

    public String getTitle() {
        fill();
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        fill();
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ProposalCategory getCategory() {
        fill();
        return category;
    }

    public void setCategory(ProposalCategory category) {
        this.category = category;
    }
}
