package org.xieshang.app.interfaces.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.xieshang.app.application.socialreport.SocialReportService;

/**
 * The office's upward reports of an adopted report, on its page: report it to one more upper body (报送上级) on a day
 * (today when left empty), and record that a body it went to adopted it, when and how.
 */
@Named
@ViewScoped
public class SocialReportUpwardForms implements Serializable {

    static final String UPWARD_FORM = "upwardForm";
    static final String UPPER_ADOPTION_FORM = "upperAdoptionForm";
    private static final long serialVersionUID = 1L;

    @Inject
    SocialReportDetailView page;

    @Inject
    SocialReportService reports;

    private String recipient;
    private LocalDate reportedOn;
    private String adoptingBody;
    private LocalDate adoptedOn;
    private String adoptionNote;

    public void reportUpward() {
        String to = recipient;
        if (page.apply(UPWARD_FORM, () -> reports.reportUpward(page.reportId(), page.version(), to, Optional.ofNullable(reportedOn)),
                "social-report.reported-upward", to)) {
            recipient = null;
            reportedOn = null;
        }
    }

    public void recordUpperAdoption() {
        String body = adoptingBody;
        if (page.apply(UPPER_ADOPTION_FORM, () -> reports.recordUpperAdoption(page.reportId(), page.version(), body, Optional.ofNullable(adoptedOn),
                adoptionNote), "social-report.upper-adoption.recorded", body)) {
            adoptingBody = null;
            adoptedOn = null;
            adoptionNote = null;
        }
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public void setReportedOn(LocalDate reportedOn) {
        this.reportedOn = reportedOn;
    }

    /** @return the upper body whose adoption is recorded, chosen among those the report went to (the domain's field: recipient) */
    public String getAdoptingBody() {
        return adoptingBody;
    }

    public void setAdoptingBody(String adoptingBody) {
        this.adoptingBody = adoptingBody;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public void setAdoptedOn(LocalDate adoptedOn) {
        this.adoptedOn = adoptedOn;
    }

    public String getAdoptionNote() {
        return adoptionNote;
    }

    public void setAdoptionNote(String adoptionNote) {
        this.adoptionNote = adoptionNote;
    }
}
