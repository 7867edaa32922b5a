package org.xieshang.app.interfaces.faces;

import static org.xieshang.domain.security.Permission.CONSULTATION_MANAGE;
import static org.xieshang.domain.security.Permission.LEADER_INSTRUCT;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.xieshang.app.application.outcome.OutcomeService;
import org.xieshang.app.application.outcome.OutcomeViews;
import org.xieshang.app.application.proposal.ProposalViews;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.ConsultationActivityId;
import org.xieshang.domain.outcome.TrackedOutcome;
import org.xieshang.domain.security.Target;

/**
 * The outcome report open below a list, which its forms change: the version they were read at, the suggestion chosen
 * for the consultation office's forms, what the reader may do to it, and a revision that every change advances so that
 * the page's lists read again what changed (the report list, a leader's waiting reports).
 */
@Named
@ViewScoped
public class OpenOutcome implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutcomeService outcomes;

    @Inject
    ProposalViews views;

    @Inject
    OutcomeViews outcomeViews;

    @Inject
    AccessControl access;

    private String id;
    private String committeeId;
    private long version;
    private OutcomeDetail detail;
    private int chosen;
    private boolean managing;
    private boolean instructing;
    private int revision;

    /**
     * Opens a report the user may read.
     *
     * @param activityId its consultation activity, not null
     */
    void open(ConsultationActivityId activityId) {
        show(outcomes.get(activityId));
        chosen = 0;
    }

    /** Shows the report as a change left it and tells the lists. */
    void changed(TrackedOutcome changed) {
        show(changed);
        revision++;
    }

    private void show(TrackedOutcome o) {
        id = o.activityId().toString();
        committeeId = o.committeeId().toString();
        version = o.version();
        LocalDate today = Now.today();
        detail = new OutcomeDetail(o, new ProposalNames(views)::unit, today, outcomeViews.dueSoon(o.committeeId(), today), Texts.locale());
        Target committee = Target.committee(o.committeeId());
        managing = access.allows(CONSULTATION_MANAGE, committee);
        instructing = access.allows(LEADER_INSTRUCT, committee);
    }

    /** Closes the report. */
    public void close() {
        id = null;
        detail = null;
        chosen = 0;
    }

    /** Chooses the suggestion the consultation office's forms work on. */
    void choose(int number) {
        chosen = number;
    }

    ConsultationActivityId activityId() {
        return ConsultationActivityId.parse(id);
    }

    CommitteeId committeeId() {
        return CommitteeId.parse(committeeId);
    }

    long version() {
        return version;
    }

    int revision() {
        return revision;
    }

    /** @return the number of the suggestion chosen, 0 for none */
    int chosenNumber() {
        return chosen;
    }

    /** @return whether a report is open */
    public boolean isShown() {
        return detail != null;
    }

    public OutcomeDetail getDetail() {
        return detail;
    }

    /** @return the suggestion chosen for the forms, or null */
    public SuggestionRow getChosen() {
        return detail == null ? null : detail.suggestion(chosen);
    }

    /** @return whether the reader works in the consultation office of the report's committee */
    public boolean isManaging() {
        return managing;
    }

    /** @return whether the consultation office may record the Party group's submission now */
    public boolean isSubmittable() {
        return managing && detail != null && detail.isReceived();
    }

    /** @return whether the reader may record a leader's instruction on it now: once submitted, as often as leaders write */
    public boolean isInstructable() {
        return instructing && detail != null && !detail.isReceived();
    }
}
