package org.xieshang.app.interfaces.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.xieshang.app.application.outcome.OutcomeService;
import org.xieshang.domain.outcome.TrackedOutcome;
import org.xieshang.domain.shared.DomainException;

/**
 * The consultation office records that the committee's Party group submitted (报送) the open outcome report to the Party
 * committee and the government: to whom and on which day, not before the report and not after today.
 */
@Named
@ViewScoped
public class OutcomeSubmissionView implements Serializable {

    static final String FORM = "submitForm";
    private static final long serialVersionUID = 1L;

    @Inject
    OpenOutcome open;

    @Inject
    OutcomeService outcomes;

    private String to;
    private LocalDate submittedOn;

    public void submit() {
        try {
            TrackedOutcome submitted = outcomes.submit(open.activityId(), open.version(), to, submittedOn == null ? Now.today() : submittedOn);
            open.changed(submitted);
            FormErrors.confirm("outcomes.submitted", submitted.title(), submitted.submission().orElseThrow().to());
            to = null;
            submittedOn = null;
        } catch (DomainException e) {
            FormErrors.show(FORM, e);
        }
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    /** @return the day chosen; empty means today */
    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public void setSubmittedOn(LocalDate submittedOn) {
        this.submittedOn = submittedOn;
    }
}
