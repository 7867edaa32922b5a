package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import org.xieshang.domain.consultation.ConsultationForm;
import org.xieshang.domain.consultation.PublicSubmission;
import org.xieshang.domain.consultation.SubmissionStatus;

/** A topic the public submitted, with what the office types to adopt or decline it. */
public class SubmissionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String receipt;
    private final String title;
    private final String description;
    private final String area;
    private final String submitter;
    private final String receivedOn;
    private final String status;
    private final boolean open;
    private final String reply;
    private final long version;
    private String answer;
    private Integer quarter = 1;
    private ConsultationForm form = ConsultationForm.SPECIAL_CONSULTATION;

    /** @param withContact whether the reader answers submissions and so may see who sent it and how to reach them */
    SubmissionRow(PublicSubmission s, boolean withContact) {
        receipt = s.receipt().toString();
        title = s.draft().title();
        description = s.draft().description();
        area = Texts.label(s.draft().area());
        submitter = withContact ? s.draft().submitter().orElse("") + s.draft().contact().map(c -> " " + c).orElse("") : "";
        receivedOn = Texts.date(s.receivedOn());
        status = Texts.label(s.status());
        open = s.status() == SubmissionStatus.RECEIVED;
        reply = s.reply().orElse("");
        version = s.version();
    }

    public String getReceipt() {
        return receipt;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getArea() {
        return area;
    }

    public String getSubmitter() {
        return submitter;
    }

    public String getReceivedOn() {
        return receivedOn;
    }

    public String getStatus() {
        return status;
    }

    public boolean isOpen() {
        return open;
    }

    public String getReply() {
        return reply;
    }

    public long getVersion() {
        return version;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public Integer getQuarter() {
        return quarter;
    }

    public void setQuarter(Integer quarter) {
        this.quarter = quarter;
    }

    public ConsultationForm getForm() {
        return form;
    }

    public void setForm(ConsultationForm form) {
        this.form = form;
    }
}
