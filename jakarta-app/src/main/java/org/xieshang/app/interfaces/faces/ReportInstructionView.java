package org.xieshang.app.interfaces.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.xieshang.app.application.leader.LeaderAgenda;
import org.xieshang.app.application.socialreport.SocialReportService;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.socialreport.SocialReport;
import org.xieshang.domain.socialreport.SocialReportId;

/**
 * A leader's instruction (领导批示) on a social-condition report reported upward, on the leader's page: the report chosen in
 * the list, and the same form as on outcome reports. Refused before the report's adoption or after today.
 */
@Named
@ViewScoped
public class ReportInstructionView implements Serializable {

    static final String FORM = "reportInstructionForm";
    private static final long serialVersionUID = 1L;

    @Inject
    SocialReportService reports;

    @Inject
    LeaderAgenda agenda;

    private WaitingReportRow chosen;
    private InstructionForm form;
    private int revision;

    @PostConstruct
    void init() {
        form = new InstructionForm(agenda.leaderName(), Now.today());
    }

    /** Opens a report of the list for the instruction. */
    public void choose(WaitingReportRow row) {
        chosen = row;
        form.clear(Now.today());
    }

    public void instruct() {
        try {
            SocialReport instructed = reports.recordInstruction(SocialReportId.parse(chosen.getId()), chosen.version(), form.toInstruction());
            FormErrors.confirm("leader.report-instructed", instructed.currentContent().title());
            chosen = null;
            form.clear(Now.today());
            revision++;
        } catch (DomainException e) {
            FormErrors.show(FORM, e);
        }
    }

    /** Closes the report without an instruction. */
    public void cancel() {
        chosen = null;
    }

    /** @return a number every instruction advances, so that the page reads its lists again */
    int revision() {
        return revision;
    }

    /** @return the report chosen, or null */
    public WaitingReportRow getChosen() {
        return chosen;
    }

    public InstructionForm getForm() {
        return form;
    }
}
