package org.xieshang.app.interfaces.rest;

import java.util.List;
import org.xieshang.app.application.proposal.ProposalViews;
import org.xieshang.domain.proposal.CommitteeCoverage;
import org.xieshang.domain.proposal.ProposalStatistics;

/** A year's proposal statistics as the API shows them. */
public record StatisticsJson(CommitteeCoverage committee, double coverage, double answerRate, List<UnitJson> units, List<CategoryJson> categories) {

    static StatisticsJson of(ProposalStatistics s, ProposalViews names) {
        return new StatisticsJson(s.committee(), s.committee().coverage(), s.committee().answerRate(),
                s.units().stream().map(u -> new UnitJson(u.unitId().toString(), names.unitName(u.unitId()), u.led(), u.coHandled(), u.answeredOnTime(),
                        u.answeredLate(), u.overdue(), u.pending(), u.satisfied(), u.basicallySatisfied(), u.unsatisfied(), u.onTimeRate(),
                        u.satisfactionRate())).toList(),
                s.categories().stream().map(c -> new CategoryJson(c.category().name(), c.submitted(), c.filed(), c.answered())).toList());
    }

    /** One handling unit's line. */
    public record UnitJson(String unitId, String unitName, int led, int coHandled, int answeredOnTime, int answeredLate, int overdue, int pending,
                    int satisfied, int basicallySatisfied, int unsatisfied, double onTimeRate, double satisfactionRate) {
    }

    /** One category's line. */
    public record CategoryJson(String category, int submitted, int filed, int answered) {
    }
}
