package org.xieshang.app.application;

import static org.xieshang.domain.security.Permission.ORGANISATION_MANAGE;
import static org.xieshang.domain.security.Permission.ORGANISATION_READ;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.AuditLog;
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
import org.xieshang.domain.security.Target;

/** Sector lists and sector activity groups for the screens and the API: one transaction per call, checked and audited. */
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

    @Inject
    AccessControl access;

    @Inject
    AuditLog audit;

    public List<Sector> listOf(CommitteeId committeeId) {
        committees.require(committeeId);
        access.require(ORGANISATION_READ, Target.committee(committeeId));
        return sectors.listOf(committeeId);
    }

    public Sector get(SectorId id) {
        Sector sector = sectors.require(id);
        access.require(ORGANISATION_READ, Target.committee(sector.committeeId()));
        return sector;
    }

    public Sector add(CommitteeId committeeId, String name) {
        access.require(ORGANISATION_MANAGE, Target.committee(committeeId));
        Sector added = administration.add(committeeId, name);
        audit.change(committeeId, "sector", added.id().toString(), null, AuditFields.of(added));
        return added;
    }

    public List<Sector> applyPreset(CommitteeId committeeId, SectorPreset preset) {
        access.require(ORGANISATION_MANAGE, Target.committee(committeeId));
        List<Sector> added = administration.applyPreset(committeeId, preset);
        added.forEach(sector -> audit.change(committeeId, "sector", sector.id().toString(), null, AuditFields.of(sector)));
        return added;
    }

    public Sector revise(SectorId id, long expectedVersion, String name, int displayOrder) {
        Sector before = sectors.require(id);
        access.require(ORGANISATION_MANAGE, Target.committee(before.committeeId()));
        Sector after = administration.revise(id, expectedVersion, name, displayOrder);
        audit.change(after.committeeId(), "sector", id.toString(), AuditFields.of(before), AuditFields.of(after));
        return after;
    }

    public List<SectorGroup> groupsOf(CommitteeId committeeId) {
        committees.require(committeeId);
        access.require(ORGANISATION_READ, Target.committee(committeeId));
        return groups.listOf(committeeId);
    }

    public SectorGroup group(SectorGroupId id) {
        SectorGroup group = groups.require(id);
        access.require(ORGANISATION_READ, Target.committee(group.committeeId()));
        return group;
    }

    public SectorGroup formGroup(CommitteeId committeeId, String name, Set<SectorId> sectorIds, Optional<MemberId> leaderId) {
        access.require(ORGANISATION_MANAGE, Target.committee(committeeId));
        SectorGroup formed = administration.formGroup(committeeId, name, sectorIds, leaderId);
        audit.change(committeeId, "sector-group", formed.id().toString(), null, AuditFields.of(formed));
        return formed;
    }

    public SectorGroup reviseGroup(SectorGroupId id, long expectedVersion, String name, Set<SectorId> sectorIds, Optional<MemberId> leaderId) {
        SectorGroup before = groups.require(id);
        access.require(ORGANISATION_MANAGE, Target.committee(before.committeeId()));
        SectorGroup after = administration.reviseGroup(id, expectedVersion, name, sectorIds, leaderId);
        audit.change(after.committeeId(), "sector-group", id.toString(), AuditFields.of(before), AuditFields.of(after));
        return after;
    }
}
