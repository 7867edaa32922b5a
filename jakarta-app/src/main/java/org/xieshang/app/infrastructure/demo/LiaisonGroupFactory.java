package org.xieshang.app.infrastructure.demo;

import java.util.ArrayList;
import java.util.List;
import org.xieshang.app.infrastructure.demo.CommitteePlan.LiaisonGroupPlan;
import org.xieshang.domain.liaison.LiaisonGroup;

/**
 * Builds a demo committee's liaison groups: each gathers the current members living in its regions (so
 * every member is in at most one group, as the plans' regions do not overlap) and is led by one of them,
 * a standing member where there is one.
 */
final class LiaisonGroupFactory {

    private LiaisonGroupFactory() {
    }

    /**
     * @param plan   the committee's plan
     * @param roster its stored members
     * @return its liaison groups at version 0
     */
    static List<LiaisonGroup> build(CommitteePlan plan, Roster roster) {
        List<LiaisonGroup> groups = new ArrayList<>();
        for (LiaisonGroupPlan plannedGroup : plan.liaisonGroups()) {
            LiaisonGroup group = LiaisonGroup.form(DemoIds.liaisonGroup(plan.key(), plannedGroup.name()), roster.committeeId(),
                    plannedGroup.name(), plannedGroup.area());
            List<Roster.Entry> residents = roster.current().stream().filter(e -> plannedGroup.regions().contains(e.region())).toList();
            for (Roster.Entry resident : residents) {
                group = group.admit(resident.member().id());
            }
            groups.add(group.appointLeader(roster.preferStanding(residents).map(e -> e.member().id())));
        }
        return groups;
    }
}
