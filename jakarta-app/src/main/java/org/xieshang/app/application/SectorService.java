package org.xieshang.app.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.sector.Sector;
import org.xieshang.domain.sector.SectorAdministration;
import org.xieshang.domain.sector.SectorGroup;
import org.xieshang.domain.sector.SectorGroupId;
import org.xieshang.domain.sector.SectorGroups;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.sector.SectorPreset;
import org.xieshang.domain.sector.Sectors;

/** Sector lists and sector activity groups for the screens and the API: one transaction per call. */
@ApplicationScoped
@Transactional
public class SectorService {

    @Inject
    Committees committees;

    @Inject
    Sectors sectors;

    @Inject
    SectorGroups groups;

    @Inject
    SectorAdministration administration;

    public List<Sector> listOf(CommitteeId committeeId) {
        committees.require(committeeId);
        return sectors.listOf(committeeId);
    }

    public Sector get(SectorId id) {
        return sectors.require(id);
    }

    public Sector add(CommitteeId committeeId, String name) {
        return administration.add(committeeId, name);
    }

    public List<Sector> applyPreset(CommitteeId committeeId, SectorPreset preset) {
        return administration.applyPreset(committeeId, preset);
    }

    public Sector revise(SectorId id, long expectedVersion, String name, int displayOrder) {
        return administration.revise(id, expectedVersion, name, displayOrder);
    }

    public List<SectorGroup> groupsOf(CommitteeId committeeId) {
        committees.require(committeeId);
        return groups.listOf(committeeId);
    }

    public SectorGroup group(SectorGroupId id) {
        return groups.require(id);
    }

    public SectorGroup formGroup(CommitteeId committeeId, String name, Set<SectorId> sectorIds, Optional<MemberId> leaderId) {
        return administration.formGroup(committeeId, name, sectorIds, leaderId);
    }

    public SectorGroup reviseGroup(SectorGroupId id, long expectedVersion, String name, Set<SectorId> sectorIds, Optional<MemberId> leaderId) {
        return administration.reviseGroup(id, expectedVersion, name, sectorIds, leaderId);
    }
}
