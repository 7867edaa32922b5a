package org.xieshang.app.interfaces.faces;

import static org.xieshang.domain.socialreport.SocialReportAction.ADOPT;
import static org.xieshang.domain.socialreport.SocialReportAction.DECLINE;
import static org.xieshang.domain.socialreport.SocialReportAction.EDIT;
import static org.xieshang.domain.socialreport.SocialReportAction.RECORD_INSTRUCTION;
import static org.xieshang.domain.socialreport.SocialReportAction.RECORD_UPPER_ADOPTION;
import static org.xieshang.domain.socialreport.SocialReportAction.REPORT_UPWARD;
import static org.xieshang.domain.socialreport.SocialReportAction.RETURN_FOR_REVISION;
import static org.xieshang.domain.socialreport.SocialReportAction.WITHDRAW;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.xieshang.domain.socialreport.SocialReport;
import org.xieshang.domain.socialreport.SocialReportAction;
import org.xieshang.domain.socialreport.SocialReportLifecycle;
import org.xieshang.domain.socialreport.UpwardReport;

/**
 * Which forms a report's page offers its reader: what the reader's part allows and the report's life cycle allows now.
 * The screen asks the domain's table rather than knowing it, and the services check both again on every change.
 */
public final class SocialReportForms implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The reader's part in a report; one may hold several (an office clerk who also leads). */
    enum Part {
        /** The information office of its committee: edits, decides, reports upward. */
        OFFICE,
        /** A leader who may record instructions (批示). */
        LEADER,
        /** The member who handed it in, and who alone may take it back. */
        SUBMITTER
    }

    private final boolean editable;
    private final boolean returnable;
    private final boolean adoptable;
    private final boolean declinable;
    private final boolean reportableUpward;
    private final List<String> awaitingUpperAdoption;
    private final boolean instructable;
    private final boolean withdrawable;
    private final boolean ownDraft;

    private SocialReportForms(SocialReport report, Set<Part> parts) {
        boolean office = parts.contains(Part.OFFICE);
        boolean submitter = parts.contains(Part.SUBMITTER);
        editable = office && allowed(report, EDIT);
        returnable = office && allowed(report, RETURN_FOR_REVISION);
        adoptable = office && allowed(report, ADOPT);
        declinable = office && allowed(report, DECLINE);
        reportableUpward = office && allowed(report, REPORT_UPWARD);
        // Offered only for bodies that have not answered yet: the domain refuses a second adoption by the same body.
        awaitingUpperAdoption = office && allowed(report, RECORD_UPPER_ADOPTION)
                ? report.upwardReports().stream().filter(u -> !u.isAdopted()).map(UpwardReport::recipient).toList()
                : List.of();
        instructable = parts.contains(Part.LEADER) && allowed(report, RECORD_INSTRUCTION);
        withdrawable = submitter && allowed(report, WITHDRAW);
        ownDraft = submitter && allowed(report, SocialReportAction.EDIT_DRAFT);
    }

    /**
     * @param report the report as read
     * @param parts  the reader's parts in it, none for a reader who only reads
     * @return the forms to offer
     */
    static SocialReportForms of(SocialReport report, Set<Part> parts) {
        return new SocialReportForms(report, parts);
    }

    private static boolean allowed(SocialReport report, SocialReportAction action) {
        return SocialReportLifecycle.next(report.status(), action).isPresent();
    }

    /** @return whether the office may edit it (编辑加工) */
    public boolean isEditable() {
        return editable;
    }

    public boolean isReturnable() {
        return returnable;
    }

    public boolean isAdoptable() {
        return adoptable;
    }

    public boolean isDeclinable() {
        return declinable;
    }

    /** @return whether any decision on adoption is offered: adopt, decline or send back */
    public boolean isDeciding() {
        return adoptable || declinable || returnable;
    }

    public boolean isReportableUpward() {
        return reportableUpward;
    }

    /** @return the upper bodies it went to that have not adopted it yet, whose adoption the office may record */
    public List<String> getAwaitingUpperAdoption() {
        return awaitingUpperAdoption;
    }

    /** @return whether the office may record an upper body's adoption: some body has not answered yet */
    public boolean isRecordingUpperAdoption() {
        return !awaitingUpperAdoption.isEmpty();
    }

    public boolean isInstructable() {
        return instructable;
    }

    public boolean isWithdrawable() {
        return withdrawable;
    }

    /** @return whether it is the reader's own draft, edited on "my reports" */
    public boolean isOwnDraft() {
        return ownDraft;
    }
}
