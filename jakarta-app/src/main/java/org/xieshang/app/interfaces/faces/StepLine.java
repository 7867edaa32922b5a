package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import java.util.Optional;
import org.xieshang.domain.consultation.ConsultationStep;
import org.xieshang.domain.consultation.StepRecord;

/** One of the eight steps on the activity page: done (with its deliverable, who and when), next, or still ahead. */
public class StepLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int number;
    private final String code;
    private final String label;
    private final boolean done;
    private final boolean next;
    private final String deliverable;
    private final String doneBy;
    private final String doneOn;
    private final String decidingOrganisation;
    private final String attachmentId;

    StepLine(ConsultationStep step, Optional<StepRecord> record, boolean next) {
        number = step.ordinal() + 1;
        code = step.name();
        label = Texts.label(step);
        done = record.isPresent();
        this.next = next;
        deliverable = record.map(StepRecord::deliverable).orElse("");
        doneBy = record.map(StepRecord::doneBy).orElse("");
        doneOn = record.map(r -> Texts.date(r.doneOn())).orElse("");
        decidingOrganisation = record.flatMap(StepRecord::decidingOrganisation).orElse("");
        attachmentId = record.flatMap(StepRecord::attachment).orElse(null);
    }

    public int getNumber() {
        return number;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public boolean isDone() {
        return done;
    }

    public boolean isNext() {
        return next;
    }

    public String getDeliverable() {
        return deliverable;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public String getDoneOn() {
        return doneOn;
    }

    public String getDecidingOrganisation() {
        return decidingOrganisation;
    }

    public String getAttachmentId() {
        return attachmentId;
    }

    public String getStyleClass() {
        return done ? "xs-step-done" : next ? "xs-step-next" : "";
    }
}
