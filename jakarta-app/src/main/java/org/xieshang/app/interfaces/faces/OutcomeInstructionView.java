package org.xieshang.app.interfaces.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.xieshang.app.application.leader.LeaderAgenda;
import org.xieshang.app.application.outcome.OutcomeService;
import org.xieshang.domain.outcome.TrackedOutcome;
import org.xieshang.domain.shared.DomainException;

/**
 * A leader's instruction (批示) on the open outcome report, on the report tracking page and on the leader's page alike:
 * one form, one bean. Refused before the report is submitted, dated before its submission or after today.
 */
@Named
@ViewScoped
public class OutcomeInstructionView implements Serializable {

    static final String FORM = "outcomeInstructionForm";
    private static final long serialVersionUID = 1L;

    @Inject
    OpenOutcome open;

    @Inject
    OutcomeService outcomes;

    @Inject
    LeaderAgenda agenda;

    private InstructionForm form;

    @PostConstruct
    void init() {
        form = new InstructionForm(agenda.leaderName(), Now.today());
    }

    public void instruct() {
        try {
            TrackedOutcome instructed = outcomes.instruct(open.activityId(), open.version(), form.toInstruction());
            open.changed(instructed);
            FormErrors.confirm("outcomes.instructed", instructed.title());
            form.clear(Now.today());
        } catch (DomainException e) {
            FormErrors.show(FORM, e);
        }
    }

    public InstructionForm getForm() {
        return form;
    }
}
