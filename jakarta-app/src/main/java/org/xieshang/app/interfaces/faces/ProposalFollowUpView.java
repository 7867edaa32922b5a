package org.xieshang.app.interfaces.faces;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.xieshang.app.application.proposal.ProposalService;
import org.xieshang.domain.proposal.ImplementationGrade;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.Supervision;
import org.xieshang.domain.shared.DomainException;

/**
 * The proposal office's follow-up on a proposal's page once it is answered: close it (办结), send an unsatisfying answer
 * back for handling again (重新办理) with the reason and a deadline (the re-handling period when left empty), and record
 * the grade of implementation the supervising office gave (督查等次).
 */
@Named
@ViewScoped
public class ProposalFollowUpView implements Serializable {

    static final String CLOSE_FORM = "closeForm";
    static final String REHANDLE_FORM = "rehandleForm";
    static final String GRADE_FORM = "gradeForm";
    private static final long serialVersionUID = 1L;

    @Inject
    ProposalDetailView page;

    @Inject
    ProposalService proposals;

    private String closeNote;
    private LocalDate deadline;
    private String reason;
    private ImplementationGrade grade;
    private String supervisor;
    private String gradeNote;
    private LocalDate gradedOn;

    public void close() {
        run(CLOSE_FORM, () -> proposals.close(page.proposalId(), page.version(), closeNote), "proposal.closed");
    }

    public void rehandle() {
        run(REHANDLE_FORM, () -> proposals.rehandle(page.proposalId(), page.version(), Optional.ofNullable(deadline), reason), "proposal.rehandled");
    }

    /** Records the grade; the Supervision's own checks name the field at fault. */
    public void recordGrade() {
        run(GRADE_FORM, () -> proposals.gradeImplementation(page.proposalId(), page.version(),
                new Supervision(grade, supervisor, Optional.ofNullable(gradeNote).filter(n -> !n.isBlank()), gradedOn == null ? Now.today() : gradedOn)),
                "proposal.graded");
    }

    private void run(String form, Supplier<Proposal> change, String confirmation) {
        try {
            Proposal changed = change.get();
            page.show(changed);
            FormErrors.confirm(confirmation, changed.content().title());
            closeNote = null;
            deadline = null;
            reason = null;
        } catch (DomainException e) {
            FormErrors.show(form, e);
        }
    }

    public List<SelectItem> getGrades() {
        return Arrays.stream(ImplementationGrade.values()).map(g -> new SelectItem(g, Texts.label(g))).toList();
    }

    public String getCloseNote() {
        return closeNote;
    }

    public void setCloseNote(String closeNote) {
        this.closeNote = closeNote;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public ImplementationGrade getGrade() {
        return grade;
    }

    public void setGrade(ImplementationGrade grade) {
        this.grade = grade;
    }

    public String getSupervisor() {
        return supervisor;
    }

    public void setSupervisor(String supervisor) {
        this.supervisor = supervisor;
    }

    public String getGradeNote() {
        return gradeNote;
    }

    public void setGradeNote(String gradeNote) {
        this.gradeNote = gradeNote;
    }

    public LocalDate getGradedOn() {
        return gradedOn;
    }

    public void setGradedOn(LocalDate gradedOn) {
        this.gradedOn = gradedOn;
    }
}
