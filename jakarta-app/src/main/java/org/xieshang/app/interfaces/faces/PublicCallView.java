package org.xieshang.app.interfaces.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.xieshang.app.application.consultation.PublicCallService;
import org.xieshang.app.interfaces.web.SubmissionRateLimit;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.ContentArea;
import org.xieshang.domain.consultation.PublicCall;
import org.xieshang.domain.consultation.PublicSubmission;
import org.xieshang.domain.consultation.PublicSubmissionDraft;
import org.xieshang.domain.consultation.ReceiptNumber;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.NotFoundException;

/**
 * The public page of a call for consultation topics: anyone reads the notice, submits a topic in plain text and gets a
 * receipt number, and looks up what became of a topic by that number. No account; submissions limited per address.
 */
@Named
@ViewScoped
public class PublicCallView implements Serializable {

    static final String FORM = "submitForm";
    static final String LOOKUP_FORM = "lookupForm";
    private static final long serialVersionUID = 1L;

    @Inject
    PublicCallService calls;

    @Inject
    SubmissionRateLimit rateLimit;

    private String committee;
    private String committeeName;
    private int year;
    private boolean open;
    private String notice;
    private String window;

    private String title;
    private String description;
    private ContentArea area;
    private String submitter;
    private String contact;
    private String receipt;

    private String lookup;
    private String answerStatus;
    private String answerTitle;
    private String answerReply;

    /** Loads the call named in the address (committee and year). */
    public void load() {
        PublicCall call = Pages.orNotFound(() -> calls.call(CommitteeId.parse(committee == null ? "" : committee), year));
        if (call == null) {
            return;
        }
        committeeName = calls.committeeName(call.committeeId());
        notice = call.notice();
        window = Texts.period(call.opensOn(), call.closesOn());
        open = call.isOpenOn(Now.today());
    }

    /** Submits the topic typed; the receipt number is shown to keep. */
    public void submit() {
        Duration wait = rateLimit.acquire(((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr());
        if (!wait.isZero()) {
            FormErrors.showOnTop(new DomainException("rate.limited", "submission"));
            return;
        }
        try {
            PublicSubmission received = calls.submit(CommitteeId.parse(committee), year, new PublicSubmissionDraft(title, description, area,
                    Optional.ofNullable(submitter).filter(s -> !s.isBlank()), Optional.ofNullable(contact).filter(c -> !c.isBlank())));
            receipt = received.receipt().toString();
            title = null;
            description = null;
        } catch (DomainException e) {
            FormErrors.show(FORM, e);
        }
    }

    /** Shows what became of the topic under the receipt number typed. */
    public void lookUp() {
        try {
            PublicSubmission submission = calls.lookUp(new ReceiptNumber(lookup));
            answerTitle = submission.draft().title();
            answerStatus = Texts.label(submission.status());
            answerReply = submission.reply().orElse("");
        } catch (NotFoundException e) {
            answerStatus = null;
            FormErrors.show(LOOKUP_FORM, new DomainException("not-found.submission", "receipt"));
        } catch (DomainException e) {
            answerStatus = null;
            FormErrors.show(LOOKUP_FORM, new DomainException(e.code(), "receipt"));
        }
    }

    public List<SelectItem> getAreas() {
        return Arrays.stream(ContentArea.values()).map(v -> new SelectItem(v, Texts.label(v))).toList();
    }

    public String getCommittee() {
        return committee;
    }

    public void setCommittee(String committee) {
        this.committee = committee;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getCommitteeName() {
        return committeeName;
    }

    public boolean isOpen() {
        return open;
    }

    public String getNotice() {
        return notice;
    }

    public String getWindow() {
        return window;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ContentArea getArea() {
        return area;
    }

    public void setArea(ContentArea area) {
        this.area = area;
    }

    public String getSubmitter() {
        return submitter;
    }

    public void setSubmitter(String submitter) {
        this.submitter = submitter;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getReceipt() {
        return receipt;
    }

    public String getLookup() {
        return lookup;
    }

    public void setLookup(String lookup) {
        this.lookup = lookup;
    }

    public String getAnswerStatus() {
        return answerStatus;
    }

    public String getAnswerTitle() {
        return answerTitle;
    }

    public String getAnswerReply() {
        return answerReply;
    }
}
