package org.xieshang.app.infrastructure.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.xieshang.app.infrastructure.demo.CommitteePlan.SectorGroupPlan;
import org.xieshang.domain.sector.Sector;
import org.xieshang.domain.sector.SectorGroup;
import org.xieshang.domain.sector.SectorId;

/** Builds a demo committee's sector activity groups, each led by a (preferably standing) member of its sectors. */
final class SectorGroupFactory {

    private SectorGroupFactory() {
    }

    /**
     * @param plan    the committee's plan
     * @param sectors its stored sectors
     * @param roster  its stored members
     * @return its sector activity groups at version 0
     */
    static List<SectorGroup> build(CommitteePlan plan, List<Sector> sectors, Roster roster) {
        Map<String, SectorId> byName = sectors.stream().collect(Collectors.toMap(Sector::name, Sector::id));
        List<SectorGroup> groups = new ArrayList<>();
        for (SectorGroupPlan group : plan.sectorGroups()) {
            Set<SectorId> sectorIds = group.sectorNames().stream().map(name -> require(byName, name, plan))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            groups.add(SectorGroup.form(DemoIds.sectorGroup(plan.key(), group.name()), roster.committeeId(), group.name(), sectorIds,
                    roster.preferStanding(roster.currentIn(group.sectorNames())).map(e -> e.member().id())));
        }
        return groups;
    }

    private static SectorId require(Map<String, SectorId> byName, String name, CommitteePlan plan) {
        SectorId id = byName.get(name);
        if (id == null) {
            throw new IllegalStateException(plan.name() + " has no sector " + name);
        }
        return id;
    }
}
