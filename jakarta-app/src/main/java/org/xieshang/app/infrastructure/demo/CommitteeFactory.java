package org.xieshang.app.infrastructure.demo;

import java.util.Optional;
import org.xieshang.app.infrastructure.demo.CommitteePlan.Period;
import org.xieshang.app.infrastructure.demo.CommitteePlan.TermPlan;
import org.xieshang.domain.committee.Committee;

/** Builds a demo committee with its terms and plenary sessions, ready to be saved. */
final class CommitteeFactory {

    private CommitteeFactory() {
    }

    /**
     * @param plan   the committee's plan
     * @param parent the stored committee above it, if any
     * @return the committee at version 0
     */
    static Committee build(CommitteePlan plan, Optional<Committee> parent) {
        Committee committee = Committee.establish(DemoIds.committee(plan.key()), plan.name(), plan.level(), parent, plan.region());
        for (TermPlan term : plan.terms()) {
            committee = committee.openTerm(term.number(), term.start(), term.end());
            for (Period session : term.sessions()) {
                committee = committee.schedulePlenarySession(term.number(), session.start(), session.end());
            }
        }
        return committee;
    }
}
