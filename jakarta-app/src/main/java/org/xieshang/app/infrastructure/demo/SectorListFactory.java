package org.xieshang.app.infrastructure.demo;

import java.util.ArrayList;
import java.util.List;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.sector.Sector;

/** Builds a demo committee's sector list in the plan's order (the city's is {@code SectorPreset.STANDARD}). */
final class SectorListFactory {

    private SectorListFactory() {
    }

    /**
     * @param plan        the committee's plan
     * @param committeeId the stored committee
     * @return its sectors at version 0, in display order 0, 1, 2 …
     */
    static List<Sector> build(CommitteePlan plan, CommitteeId committeeId) {
        List<Sector> sectors = new ArrayList<>(plan.sectorNames().size());
        for (String name : plan.sectorNames()) {
            sectors.add(Sector.create(DemoIds.sector(plan.key(), name), committeeId, name, sectors.size()));
        }
        return sectors;
    }
}
