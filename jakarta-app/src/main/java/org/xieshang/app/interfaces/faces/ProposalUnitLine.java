package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import org.xieshang.domain.proposal.UnitStatistics;

/** How one handling unit handles its proposals in a year (承办单位办理情况), with its rates as percentages. */
public class ProposalUnitLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String unit;
    private final int led;
    private final int coHandled;
    private final int answeredOnTime;
    private final int answeredLate;
    private final int overdue;
    private final int pending;
    private final int satisfied;
    private final int basicallySatisfied;
    private final int unsatisfied;
    private final String onTimeRate;
    private final String satisfactionRate;

    ProposalUnitLine(UnitStatistics s, String unit) {
        this.unit = unit;
        led = s.led();
        coHandled = s.coHandled();
        answeredOnTime = s.answeredOnTime();
        answeredLate = s.answeredLate();
        overdue = s.overdue();
        pending = s.pending();
        satisfied = s.satisfied();
        basicallySatisfied = s.basicallySatisfied();
        unsatisfied = s.unsatisfied();
        // A rate over nothing is no rate: shown as a dash rather than 0%.
        onTimeRate = s.answered() == 0 ? "—" : Texts.percent(s.onTimeRate());
        satisfactionRate = s.rated() == 0 ? "—" : Texts.percent(s.satisfactionRate());
    }

    public String getUnit() {
        return unit;
    }

    public int getLed() {
        return led;
    }

    public int getCoHandled() {
        return coHandled;
    }

    public int getAnsweredOnTime() {
        return answeredOnTime;
    }

    public int getAnsweredLate() {
        return answeredLate;
    }

    public int getOverdue() {
        return overdue;
    }

    public int getPending() {
        return pending;
    }

    public int getSatisfied() {
        return satisfied;
    }

    public int getBasicallySatisfied() {
        return basicallySatisfied;
    }

    public int getUnsatisfied() {
        return unsatisfied;
    }

    public String getOnTimeRate() {
        return onTimeRate;
    }

    public String getSatisfactionRate() {
        return satisfactionRate;
    }
}
