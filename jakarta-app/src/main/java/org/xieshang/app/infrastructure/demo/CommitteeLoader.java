package org.xieshang.app.infrastructure.demo;

import java.util.List;
import java.util.Optional;
import org.xieshang.app.infrastructure.demo.DemoOrganisation.Summary;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.liaison.LiaisonGroup;
import org.xieshang.domain.sector.Sector;
import org.xieshang.domain.sector.SectorGroup;
import org.xieshang.domain.specialcommittee.SpecialCommittee;
import org.xieshang.domain.workstation.Workstation;

/**
 * Loads one fictional demo committee into storage: the committee with its terms and its registry of
 * handling units, its sectors, its members, then the bodies that refer to them. Every aggregate is built in memory and saved once.
 */
final class CommitteeLoader {

    private final DemoStorage storage;
    private final DemoCalendar calendar;

    CommitteeLoader(DemoStorage storage, DemoCalendar calendar) {
        this.storage = storage;
        this.calendar = calendar;
    }

    /**
     * @param plan   the committee's plan
     * @param parent the stored committee above it, if any
     * @return the stored committee and what was loaded for it
     */
    Loaded load(CommitteePlan plan, Optional<Committee> parent) {
        Committee committee = storage.committees().save(CommitteeFactory.build(plan, parent));
        List<HandlingUnit> handlingUnits = HandlingUnitFactory.build(plan, committee.id());
        handlingUnits.forEach(storage.handlingUnits()::save);
        List<Sector> sectors = SectorListFactory.build(plan, committee.id()).stream().map(storage.sectors()::save).toList();
        Roster roster = new RosterGenerator(plan, committee, calendar).generate(sectors, storage.members());
        List<SpecialCommittee> specialCommittees = SpecialCommitteeFactory.build(plan, roster);
        specialCommittees.forEach(storage.specialCommittees()::save);
        List<SectorGroup> sectorGroups = SectorGroupFactory.build(plan, sectors, roster);
        sectorGroups.forEach(storage.sectorGroups()::save);
        List<LiaisonGroup> liaisonGroups = LiaisonGroupFactory.build(plan, roster);
        liaisonGroups.forEach(storage.liaisonGroups()::save);
        List<Workstation> workstations = WorkstationFactory.build(plan, roster);
        workstations.forEach(storage.workstations()::save);
        Summary summary = new Summary(true, 1, sectors.size(), roster.entries().size(), roster.standing().size(), specialCommittees.size(),
                sectorGroups.size(), liaisonGroups.size(), workstations.size(),
                workstations.stream().mapToInt(w -> w.postings().size()).sum(), handlingUnits.size());
        return new Loaded(committee, summary);
    }

    /**
     * @param committee the stored committee
     * @param summary   the counts loaded for it
     */
    record Loaded(Committee committee, Summary summary) {
    }
}
