package org.xieshang.domain.testkit;

import org.xieshang.domain.audit.AuditTrail;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.committee.HandlingUnits;
import org.xieshang.domain.inmemory.InMemoryAuditTrail;
import org.xieshang.domain.inmemory.InMemoryCommittees;
import org.xieshang.domain.inmemory.InMemoryHandlingUnits;
import org.xieshang.domain.inmemory.InMemoryLiaisonGroups;
import org.xieshang.domain.inmemory.InMemoryMembers;
import org.xieshang.domain.inmemory.InMemoryPermissionMaps;
import org.xieshang.domain.inmemory.InMemorySectorGroups;
import org.xieshang.domain.inmemory.InMemorySectors;
import org.xieshang.domain.inmemory.InMemorySpecialCommittees;
import org.xieshang.domain.inmemory.InMemoryUserAccounts;
import org.xieshang.domain.inmemory.InMemoryWorkstations;
import org.xieshang.domain.liaison.LiaisonGroups;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.sector.SectorGroups;
import org.xieshang.domain.sector.Sectors;
import org.xieshang.domain.security.PermissionMaps;
import org.xieshang.domain.security.UserAccounts;
import org.xieshang.domain.specialcommittee.SpecialCommittees;
import org.xieshang.domain.workstation.Workstations;

/**
 * The storage ports of one adapter, as the contract tests see them. An adapter whose ports need a
 * transaction per call (JPA, JDBC) wraps each port so that every call commits on its own.
 *
 * @param committees        committees, not null
 * @param sectors           sectors, not null
 * @param sectorGroups      sector activity groups, not null
 * @param specialCommittees special committees, not null
 * @param handlingUnits     handling units, not null
 * @param members           members, not null
 * @param liaisonGroups     liaison groups, not null
 * @param workstations      workstations, not null
 * @param userAccounts      user accounts, not null
 * @param permissionMaps    permission maps, not null
 * @param auditTrail        the audit trail, sealing records with {@link Fixtures#auditChain()}; not null
 */
public record StorageUnderTest(Committees committees, Sectors sectors, SectorGroups sectorGroups, SpecialCommittees specialCommittees,
                               HandlingUnits handlingUnits, Members members, LiaisonGroups liaisonGroups, Workstations workstations,
                               UserAccounts userAccounts, PermissionMaps permissionMaps, AuditTrail auditTrail) {

    /** @return fresh in-memory storage, never null */
    public static StorageUnderTest inMemory() {
        return new StorageUnderTest(new InMemoryCommittees(), new InMemorySectors(), new InMemorySectorGroups(),
                new InMemorySpecialCommittees(), new InMemoryHandlingUnits(), new InMemoryMembers(), new InMemoryLiaisonGroups(),
                new InMemoryWorkstations(), new InMemoryUserAccounts(), new InMemoryPermissionMaps(), new InMemoryAuditTrail(Fixtures.auditChain()));
    }
}
