package org.xieshang.domain.consultation;

import java.time.LocalDate;
import java.util.Optional;
import org.xieshang.domain.shared.Guard;

/**
 * One completed step of a consultation activity: its deliverable, who did it and when. Immutable and thread-safe.
 *
 * @param step                  the step, not null
 * @param deliverable           what it produced (the research report's title, the minutes, the notice…), not blank
 * @param attachment            the stored file that holds the deliverable, if any (an application's reference)
 * @param doneBy                who completed it (a person or office), not blank
 * @param doneOn                the day it was completed, not null
 * @param decidingOrganisation  for the organisational decision only: the Party organisation that decided, not blank
 */
public record StepRecord(ConsultationStep step, String deliverable, Optional<String> attachment, String doneBy, LocalDate doneOn,
                         Optional<String> decidingOrganisation) {

    /** Longest deliverable description. */
    public static final int DELIVERABLE_MAX = 500;
    /** Longest name of a person, office or organisation. */
    public static final int NAME_MAX = 100;
    /** Longest attachment reference. */
    public static final int ATTACHMENT_MAX = 200;

    /** Validates every part; only the organisational decision names a deciding organisation, and it must. */
    public StepRecord {
        Guard.required(step, "step");
        deliverable = Guard.text(deliverable, "deliverable", DELIVERABLE_MAX);
        attachment = Guard.required(attachment, "attachment").map(a -> Guard.text(a, "attachment", ATTACHMENT_MAX));
        doneBy = Guard.text(doneBy, "doneBy", NAME_MAX);
        Guard.required(doneOn, "doneOn");
        decidingOrganisation = Guard.required(decidingOrganisation, "decidingOrganisation")
                .map(o -> Guard.text(o, "decidingOrganisation", NAME_MAX));
        boolean decision = step == ConsultationStep.ORGANISATIONAL_DECISION;
        Guard.check(!decision || decidingOrganisation.isPresent(), "consultation.decision.organisation-required", "decidingOrganisation");
        Guard.check(decision || decidingOrganisation.isEmpty(), "consultation.decision.organisation-only-for-decision", "decidingOrganisation");
    }

    /**
     * @param step        the step (not the organisational decision), not null
     * @param deliverable what it produced, not blank
     * @param doneBy      who did it, not blank
     * @param doneOn      when, not null
     * @return the record without attachment, never null
     */
    public static StepRecord of(ConsultationStep step, String deliverable, String doneBy, LocalDate doneOn) {
        return new StepRecord(step, deliverable, Optional.empty(), doneBy, doneOn, Optional.empty());
    }

    /**
     * @param deliverable          the decision record, not blank
     * @param doneBy               who recorded it, not blank
     * @param doneOn               the day of the decision, not null
     * @param decidingOrganisation the Party organisation that decided, not blank
     * @return the organisational decision's record, never null
     */
    public static StepRecord decision(String deliverable, String doneBy, LocalDate doneOn, String decidingOrganisation) {
        return new StepRecord(ConsultationStep.ORGANISATIONAL_DECISION, deliverable, Optional.empty(), doneBy, doneOn,
                Optional.of(Guard.required(decidingOrganisation, "decidingOrganisation")));
    }
}
