package org.xieshang.app.interfaces.faces;

import static org.xieshang.domain.security.Permission.LEADER_INSTRUCT;
import static org.xieshang.domain.security.Permission.PROPOSAL_MANAGE;
import static org.xieshang.domain.security.Permission.PROPOSAL_SUBMIT;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.CurrentUser;
import org.xieshang.app.application.socialreport.SocialReportAccess;
import org.xieshang.app.application.socialreport.SocialReportService;
import org.xieshang.app.application.socialreport.SocialReportViews;
import org.xieshang.domain.security.Target;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.socialreport.SocialReport;
import org.xieshang.domain.socialreport.SocialReportId;

/**
 * One social-condition report's page (社情民意信息详情) for anyone who may read it: the report with its decision, upward
 * reports, instructions and history, and the forms the reader's part allows now. The office's and the leader's forms
 * have beans of their own that change the report through {@link #apply}; its submitter withdraws it here.
 */
@Named
@ViewScoped
public class SocialReportDetailView implements Serializable {

    static final String WITHDRAW_FORM = "withdrawForm";
    static final String INSTRUCTION_FORM = "instructionForm";
    private static final long serialVersionUID = 1L;

    @Inject
    SocialReportService reports;

    @Inject
    SocialReportViews views;

    @Inject
    SocialReportAccess reach;

    @Inject
    AccessControl access;

    @Inject
    CurrentUser user;

    @Inject
    ReportInstructionForm instruction;

    private String id;
    private long version;
    private SocialReportDetail detail;
    private SocialReportForms forms;
    private String withdrawReason;

    /** Loads the report named in the address; 404 for an unknown one or another member's draft. */
    public void load() {
        SocialReport r = Pages.orNotFound(() -> reports.get(SocialReportId.parse(id == null ? "" : id)));
        if (r != null) {
            show(r);
        }
    }

    /** Shows the report as a change left it, with the version that change gave it for the next one. */
    void show(SocialReport r) {
        version = r.version();
        detail = new SocialReportDetail(r, new MemberNames(views::memberName));
        forms = SocialReportForms.of(r, parts(r));
    }

    /** The reader's parts, asked as the service will ask them when a form is sent. */
    private Set<SocialReportForms.Part> parts(SocialReport r) {
        Target target = reach.targetOf(r);
        Set<SocialReportForms.Part> parts = EnumSet.noneOf(SocialReportForms.Part.class);
        if (access.allows(PROPOSAL_MANAGE, target)) {
            parts.add(SocialReportForms.Part.OFFICE);
        }
        if (access.allows(LEADER_INSTRUCT, target)) {
            parts.add(SocialReportForms.Part.LEADER);
        }
        if (user.subject().memberId().filter(r.submitter()::equals).isPresent() && access.allows(PROPOSAL_SUBMIT, target)) {
            parts.add(SocialReportForms.Part.SUBMITTER);
        }
        return parts;
    }

    /**
     * Makes one change from a form of this page: shows the report as changed and confirms it, or shows the refusal beside
     * the field of the form it names.
     *
     * @param form         the form's id, whose inputs are named as the domain names its fields
     * @param change       the change, at the version this page read
     * @param confirmation the confirmation's text key; its first argument is the title, further ones follow
     * @param more         further arguments of the confirmation
     * @return whether it was made, so that the form may empty its fields
     */
    boolean apply(String form, Supplier<SocialReport> change, String confirmation, Object... more) {
        try {
            SocialReport changed = change.get();
            show(changed);
            FormErrors.confirm(confirmation, Stream.concat(Stream.of(changed.currentContent().title()), Arrays.stream(more)).toArray());
            return true;
        } catch (DomainException e) {
            FormErrors.show(form, e);
            return false;
        }
    }

    /** The submitter takes the report back, with a reason if they give one. */
    public void withdraw() {
        if (apply(WITHDRAW_FORM, () -> reports.withdraw(reportId(), version, withdrawReason), "social-report.withdrawn")) {
            withdrawReason = null;
        }
    }

    /** A leader's instruction, through the form leaders use wherever they meet a report. */
    public void instruct() {
        instruction.record(INSTRUCTION_FORM, reportId(), version).ifPresent(this::show);
    }

    SocialReportId reportId() {
        return SocialReportId.parse(id);
    }

    long version() {
        return version;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SocialReportDetail getDetail() {
        return detail;
    }

    /** @return the forms the reader may use now */
    public SocialReportForms getForms() {
        return forms;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }
}
