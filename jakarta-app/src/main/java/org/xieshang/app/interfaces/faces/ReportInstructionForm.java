package org.xieshang.app.interfaces.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.xieshang.app.application.socialreport.SocialReportService;
import org.xieshang.domain.instruction.Instruction;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.socialreport.SocialReport;
import org.xieshang.domain.socialreport.SocialReportId;

/**
 * A leader's instruction (领导批示) on an adopted social-condition report: the leader with their post, the instruction word
 * for word, and its day (today when left empty). One form's fields for any page that offers it (a report's page, a
 * leader's desk); the page says which report at which version, and shows the report the instruction leaves.
 */
@Named
@ViewScoped
public class ReportInstructionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SocialReportService reports;

    private String leader;
    private String text;
    private LocalDate givenOn;

    /**
     * Records the instruction typed in, or shows the refusal beside the field it names (leader, text, givenOn).
     *
     * @param formId  the form's client id, whose inputs are named {@code leader}, {@code text} and {@code givenOn}
     * @param id      the report
     * @param version the version the page read
     * @return the report with the instruction, or empty when refused
     */
    Optional<SocialReport> record(String formId, SocialReportId id, long version) {
        try {
            SocialReport instructed = reports.recordInstruction(id, version, new Instruction(leader, text, givenOn == null ? Now.today() : givenOn));
            FormErrors.confirm("social-report.instructed", instructed.currentContent().title());
            // The leader stays filled in: one leader's instructions are often entered one after another.
            text = null;
            givenOn = null;
            return Optional.of(instructed);
        } catch (DomainException e) {
            FormErrors.show(formId, e);
            return Optional.empty();
        }
    }

    public String getLeader() {
        return leader;
    }

    public void setLeader(String leader) {
        this.leader = leader;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }
}
