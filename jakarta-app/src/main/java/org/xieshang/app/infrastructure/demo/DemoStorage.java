package org.xieshang.app.infrastructure.demo;

import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.committee.HandlingUnits;
import org.xieshang.domain.liaison.LiaisonGroups;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.sector.SectorGroups;
import org.xieshang.domain.sector.Sectors;
import org.xieshang.domain.specialcommittee.SpecialCommittees;
import org.xieshang.domain.workstation.Workstations;

/**
 * The storage ports the demo data is loaded into.
 *
 * @param committees        committees
 * @param sectors           sectors
 * @param sectorGroups      sector activity groups
 * @param specialCommittees special committees
 * @param handlingUnits     handling units
 * @param members           members
 * @param liaisonGroups     liaison groups
 * @param workstations      workstations
 */
record DemoStorage(Committees committees, Sectors sectors, SectorGroups sectorGroups, SpecialCommittees specialCommittees,
                   HandlingUnits handlingUnits, Members members, LiaisonGroups liaisonGroups, Workstations workstations) {
}
