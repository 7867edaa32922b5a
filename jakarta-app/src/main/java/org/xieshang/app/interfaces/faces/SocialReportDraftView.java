package org.xieshang.app.interfaces.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.xieshang.app.application.socialreport.SocialReportService;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.proposal.ProposalCategory;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.socialreport.ReportContent;
import org.xieshang.domain.socialreport.SocialReport;
import org.xieshang.domain.socialreport.SocialReportId;

/**
 * The member's report editor on "my reports": a new draft or a draft of the member's own (title, text, category), saved,
 * and handed in (报送) to the information office. Submitting saves what was typed first, so a refused submission loses
 * nothing. Co-authors of a draft (a converted proposal's co-signers, or those the office entered) are kept as they are.
 */
@Named
@ViewScoped
public class SocialReportDraftView implements Serializable {

    static final String FORM = "draftForm";
    private static final long serialVersionUID = 1L;

    @Inject
    MySocialReportsView mine;

    @Inject
    SocialReportService reports;

    private boolean editing;
    private String id;
    private long version;
    private List<String> coAuthors = List.of();
    private String title;
    private String text;
    private ProposalCategory category;

    /** Opens an empty draft. */
    public void startNew() {
        editing = true;
        id = null;
        version = 0;
        coAuthors = List.of();
        title = null;
        text = null;
        category = null;
    }

    /** Opens one of the member's drafts. */
    public void edit(MySocialReportRow row) {
        try {
            show(reports.get(SocialReportId.parse(row.getReport().getId())));
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
    }

    private void show(SocialReport draft) {
        editing = true;
        id = draft.id().toString();
        version = draft.version();
        coAuthors = draft.coAuthors().stream().map(MemberId::toString).toList();
        title = draft.content().title();
        text = draft.content().text();
        category = draft.content().category();
    }

    /** Saves the draft: a new one for the year chosen above, or the changes to the one open. */
    public void save() {
        try {
            show(saved());
            FormErrors.confirm("my-social-reports.saved", title);
            mine.reload();
        } catch (DomainException e) {
            FormErrors.show(FORM, e);
        }
    }

    private SocialReport saved() {
        ReportContent content = new ReportContent(title, text, category);
        List<MemberId> authors = coAuthors.stream().map(MemberId::parse).toList();
        if (id == null) {
            return reports.draft(mine.committeeId(), mine.getYear(), mine.memberId(), authors, content);
        }
        SocialReport stored = reports.get(SocialReportId.parse(id));
        // Handing in an untouched draft records no edit before the submission.
        if (stored.version() == version && stored.content().equals(content) && stored.coAuthors().equals(authors)) {
            return stored;
        }
        return reports.editDraft(SocialReportId.parse(id), version, authors, content);
    }

    /** Saves what was typed and hands the draft in; the editor closes. */
    public void submit() {
        try {
            SocialReport draft = saved();
            show(draft);
            SocialReport submitted = reports.submit(draft.id(), draft.version());
            FormErrors.confirm("my-social-reports.submitted", submitted.content().title());
            close();
            mine.reload();
        } catch (DomainException e) {
            FormErrors.show(FORM, e);
            mine.reload(); // a new draft saved before the refusal is in the list now
        }
    }

    public void close() {
        editing = false;
        id = null;
    }

    public boolean isEditing() {
        return editing;
    }

    /** @return whether the draft is stored already */
    public boolean isStored() {
        return id != null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ProposalCategory getCategory() {
        return category;
    }

    public void setCategory(ProposalCategory category) {
        this.category = category;
    }
}
