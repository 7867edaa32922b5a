package org.xieshang.domain.proposal;

import org.xieshang.domain.committee.HandlingUnitId;

/**
 * How one handling unit handles its proposals in a year (承办单位办理情况). Immutable.
 *
 * @param unitId             the unit, not null
 * @param led                proposals it leads
 * @param coHandled          proposals it co-handles
 * @param answeredOnTime     led proposals whose first answer came by the deadline
 * @param answeredLate       led proposals whose first answer came after the deadline
 * @param overdue            led proposals still unanswered past their deadline
 * @param pending            led proposals still unanswered within their deadline
 * @param satisfied          ratings of its answers: satisfied
 * @param basicallySatisfied ratings: basically satisfied
 * @param unsatisfied        ratings: unsatisfied
 */
public record UnitStatistics(HandlingUnitId unitId, int led, int coHandled, int answeredOnTime, int answeredLate, int overdue, int pending,
                             int satisfied, int basicallySatisfied, int unsatisfied) {

    /** @return answers given, on time or late */
    public int answered() {
        return answeredOnTime + answeredLate;
    }

    /** @return proposals rated at their latest answer */
    public int rated() {
        return satisfied + basicallySatisfied + unsatisfied;
    }

    /** @return the share of rated answers that satisfied or basically satisfied, 0–1; 0 with no rating */
    public double satisfactionRate() {
        return rated() == 0 ? 0 : (satisfied + basicallySatisfied) / (double) rated();
    }

    /** @return the share of answers given on time, 0–1; 0 with no answer */
    public double onTimeRate() {
        return answered() == 0 ? 0 : answeredOnTime / (double) answered();
    }
}
