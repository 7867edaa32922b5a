package org.xieshang.app.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.committee.HandlingUnits;
import org.xieshang.domain.liaison.LiaisonGroups;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.sector.SectorGroups;
import org.xieshang.domain.sector.Sectors;
import org.xieshang.domain.specialcommittee.SpecialCommittees;
import org.xieshang.domain.workstation.Workstations;

/** Loads the fictional demo data set into the application's database, in one transaction, when it is empty. */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    Committees committees;
    @Inject
    Sectors sectors;
    @Inject
    SectorGroups sectorGroups;
    @Inject
    SpecialCommittees specialCommittees;
    @Inject
    HandlingUnits handlingUnits;
    @Inject
    Members members;
    @Inject
    LiaisonGroups liaisonGroups;
    @Inject
    Workstations workstations;
    @Inject
    Clock clock;

    @Transactional
    public void loadIfEmpty() {
        long start = System.nanoTime();
        var summary = DemoOrganisation.load(committees, sectors, sectorGroups, specialCommittees, handlingUnits, members, liaisonGroups,
                workstations, clock);
        LOG.info(() -> summary.describe() + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
}
