package org.xieshang.app.infrastructure.demo;

import java.time.LocalDate;
import org.xieshang.domain.consultation.ConsultationStep;

/**
 * When each step of a demo consultation activity is done, counted from its planned meeting: the work plan about six
 * weeks before, the research report two weeks before, the disclosure ten days after, the Party organisation's decision
 * a month after and the implementation report three months after. Days never go backwards, as the process requires.
 * Immutable.
 *
 * @param collectedOn the day the topic was gathered, in the autumn before the plan year
 * @param decidedOn   the day the Party committee approved the plan with the topic
 * @param meetingOn   the planned day of the meeting
 */
record StepDates(LocalDate collectedOn, LocalDate decidedOn, LocalDate meetingOn) {

    /**
     * @param step a step
     * @return the day it is done, if the demo gets that far
     */
    LocalDate dayOf(ConsultationStep step) {
        LocalDate day = switch (step) {
            case COLLECT_TOPIC -> collectedOn;
            case DECIDE_TOPIC -> decidedOn;
            case WORK_PLAN -> meetingOn.minusWeeks(6);
            case RESEARCH -> meetingOn.minusWeeks(2);
            case CONSULT -> meetingOn;
            case DISCLOSE -> meetingOn.plusDays(10);
            case ORGANISATIONAL_DECISION -> meetingOn.plusMonths(1);
            case TRACK_IMPLEMENTATION -> meetingOn.plusMonths(3);
        };
        // A meeting early in the year leaves less than six weeks after the plan's approval: the work plan follows at once.
        return step.compareTo(ConsultationStep.DECIDE_TOPIC) > 0 && day.isBefore(decidedOn) ? decidedOn : day;
    }
}
