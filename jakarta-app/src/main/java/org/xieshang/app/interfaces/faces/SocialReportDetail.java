package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import java.util.List;
import org.xieshang.domain.proposal.ProposalCategory;
import org.xieshang.domain.socialreport.AdoptionDecision;
import org.xieshang.domain.socialreport.ReportContent;
import org.xieshang.domain.socialreport.SocialReport;
import org.xieshang.domain.socialreport.UpwardReport;

/**
 * One social-condition report as its page shows it: the text as it stands and, once edited, the member's own beside it;
 * who wrote it, the office's decision, the upper bodies it went to with their adoption, leaders' instructions, and the
 * full history. Texts only, in the page's language, and the current content for the office's editing form.
 */
public class SocialReportDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String title;
    private final String text;
    private final ProposalCategory currentCategory;
    private final String category;
    private final String status;
    private final String statusClass;
    private final int year;
    private final String submitter;
    private final String coAuthors;
    private final String submittedAt;
    private final String originProposalId;
    private final String editedBy;
    private final String memberTitle;
    private final String memberText;
    private final String memberCategory;
    private final String decision;
    private final List<UpwardLine> upwardReports;
    private final List<InstructionLine> instructions;
    private final List<HistoryStep> history;

    SocialReportDetail(SocialReport r, MemberNames names) {
        ReportContent current = r.currentContent();
        title = current.title();
        text = current.text();
        currentCategory = current.category();
        category = Texts.label(current.category());
        status = Texts.label(r.status());
        statusClass = SocialReportRow.badge(r.status());
        year = r.year();
        submitter = names.of(r.submitter());
        coAuthors = names.of(r.coAuthors());
        submittedAt = r.submittedAt().map(Texts::isoTime).orElse("");
        originProposalId = r.origin().map(Object::toString).orElse(null);
        editedBy = r.editing().map(e -> Texts.text("social-report.edited-by", e.editedBy(), Texts.isoDate(e.editedOn()))).orElse(null);
        memberTitle = r.content().title();
        memberText = r.content().text();
        memberCategory = Texts.label(r.content().category());
        decision = r.decision().map(SocialReportDetail::decision).orElse(null);
        upwardReports = r.upwardReports().stream().map(UpwardLine::new).toList();
        instructions = r.instructions().stream().map(InstructionLine::new).toList();
        history = r.history().stream().map(HistoryStep::of).toList();
    }

    private static String decision(AdoptionDecision d) {
        String verdict = Texts.text(d.adopted() ? "social-report.decision.adopted" : "social-report.decision.declined");
        return verdict + d.note().map(n -> " · " + n).orElse("") + " · " + d.decidedBy() + " · " + Texts.isoDate(d.decidedOn());
    }

    /** An upper body it was reported to, and whether that body adopted it. */
    public static class UpwardLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String recipient;
        private final String reportedOn;
        private final boolean adopted;
        private final String adoption;

        UpwardLine(UpwardReport u) {
            recipient = u.recipient();
            reportedOn = Texts.isoDate(u.reportedOn());
            adopted = u.isAdopted();
            adoption = u.adoptedOn().map(on -> Texts.text("social-report.upward.adopted", Texts.isoDate(on)) + u.adoptionNote().map(n -> " · " + n).orElse(""))
                    .orElseGet(() -> Texts.text("social-report.upward.waiting"));
        }

        public String getRecipient() {
            return recipient;
        }

        public String getReportedOn() {
            return reportedOn;
        }

        public boolean isAdopted() {
            return adopted;
        }

        public String getAdoption() {
            return adoption;
        }
    }

    /** @return the title as it stands: the office's edited one once there is one */
    public String getTitle() {
        return title;
    }

    /** @return the text as it stands: the office's edited one once there is one */
    public String getText() {
        return text;
    }

    ProposalCategory currentCategory() {
        return currentCategory;
    }

    public String getCategory() {
        return category;
    }

    public String getStatus() {
        return status;
    }

    public String getStatusClass() {
        return statusClass;
    }

    public int getYear() {
        return year;
    }

    public String getSubmitter() {
        return submitter;
    }

    public String getCoAuthors() {
        return coAuthors;
    }

    public String getSubmittedAt() {
        return submittedAt;
    }

    /** @return the proposal it was turned from, or null */
    public String getOriginProposalId() {
        return originProposalId;
    }

    /** @return whether the office has edited it, so that the member's own text shows beside the edited one */
    public boolean isEdited() {
        return editedBy != null;
    }

    /** @return who edited it and when, or null */
    public String getEditedBy() {
        return editedBy;
    }

    public String getMemberTitle() {
        return memberTitle;
    }

    public String getMemberText() {
        return memberText;
    }

    public String getMemberCategory() {
        return memberCategory;
    }

    /** @return adopted or not, with the note or reason, who and when; null before the decision */
    public String getDecision() {
        return decision;
    }

    public List<UpwardLine> getUpwardReports() {
        return upwardReports;
    }

    public List<InstructionLine> getInstructions() {
        return instructions;
    }

    public List<HistoryStep> getHistory() {
        return history;
    }
}
