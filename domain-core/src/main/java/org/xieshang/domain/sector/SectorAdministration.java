package org.xieshang.domain.sector;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.Versions;

/**
 * Use cases for a committee's sector list and its sector activity groups. Thread-safe if its ports are;
 * transactions belong to the caller.
 */
public final class SectorAdministration {

    private final Committees committees;
    private final Sectors sectors;
    private final SectorGroups groups;
    private final Members members;

    /**
     * @param committees committee storage, not null
     * @param sectors    sector storage, not null
     * @param groups     sector group storage, not null
     * @param members    member storage, not null
     */
    public SectorAdministration(Committees committees, Sectors sectors, SectorGroups groups, Members members) {
        this.committees = Objects.requireNonNull(committees, "committees");
        this.sectors = Objects.requireNonNull(sectors, "sectors");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.members = Objects.requireNonNull(members, "members");
    }

    /**
     * Adds a sector at the end of the committee's list.
     *
     * @param committeeId the committee, not null
     * @param name        the sector's name, not blank, not yet in the list
     * @return the stored sector, never null
     * @throws DuplicateException if the committee already has a sector of that name
     */
    public Sector add(CommitteeId committeeId, String name) {
        committees.require(committeeId);
        List<Sector> existing = sectors.listOf(committeeId);
        Sector sector = Sector.create(SectorId.generate(), committeeId, name, nextOrder(existing));
        requireUniqueName(existing, sector);
        return sectors.save(sector);
    }

    /**
     * Adds the preset's sectors that the committee's list does not have yet, in the preset's order.
     *
     * @param committeeId the committee, not null
     * @param preset      the preset, not null
     * @return the committee's whole list afterwards, in display order; never null
     */
    public List<Sector> applyPreset(CommitteeId committeeId, SectorPreset preset) {
        committees.require(committeeId);
        List<Sector> list = new ArrayList<>(sectors.listOf(committeeId));
        for (String name : preset.sectorNames()) {
            if (list.stream().noneMatch(s -> s.name().equals(name))) {
                list.add(sectors.save(Sector.create(SectorId.generate(), committeeId, name, nextOrder(list))));
            }
        }
        return List.copyOf(list);
    }

    /**
     * @param id              the sector, not null
     * @param expectedVersion the version the caller read
     * @param name            new name, not blank, unique within the committee
     * @param displayOrder    new position, from 0
     * @return the stored sector, never null
     */
    public Sector revise(SectorId id, long expectedVersion, String name, int displayOrder) {
        Sector sector = sectors.require(id);
        Versions.check("sector", id, sector.version(), expectedVersion);
        Sector revised = sector.revise(name, displayOrder);
        requireUniqueName(sectors.listOf(sector.committeeId()), revised);
        return sectors.save(revised);
    }

    /**
     * @param committeeId the committee, not null
     * @param name        the group's name, not blank
     * @param sectorIds   its sectors, at least one, all of the committee
     * @param leaderId    its leader, a member of the committee, if chosen
     * @return the stored group, never null
     */
    public SectorGroup formGroup(CommitteeId committeeId, String name, Set<SectorId> sectorIds, Optional<MemberId> leaderId) {
        committees.require(committeeId);
        checkReferences(committeeId, sectorIds, leaderId);
        return groups.save(SectorGroup.form(SectorGroupId.generate(), committeeId, name, sectorIds, leaderId));
    }

    /**
     * @param id              the group, not null
     * @param expectedVersion the version the caller read
     * @param name            new name, not blank
     * @param sectorIds       new sectors, at least one, all of the committee
     * @param leaderId        new leader, if chosen
     * @return the stored group, never null
     */
    public SectorGroup reviseGroup(SectorGroupId id, long expectedVersion, String name, Set<SectorId> sectorIds, Optional<MemberId> leaderId) {
        SectorGroup group = groups.require(id);
        Versions.check("sector-group", id, group.version(), expectedVersion);
        checkReferences(group.committeeId(), sectorIds, leaderId);
        return groups.save(group.revise(name, sectorIds, leaderId));
    }

    private void checkReferences(CommitteeId committeeId, Set<SectorId> sectorIds, Optional<MemberId> leaderId) {
        if (sectorIds != null) {
            sectorIds.forEach(id -> sectors.requireSectorOf(committeeId, id, "sectorIds"));
        }
        leaderId.ifPresent(id -> members.requireMemberOf(committeeId, id, "leaderId"));
    }

    private static int nextOrder(List<Sector> existing) {
        return existing.stream().mapToInt(Sector::displayOrder).max().orElse(-1) + 1;
    }

    private static void requireUniqueName(List<Sector> existing, Sector sector) {
        if (existing.stream().anyMatch(s -> s.name().equals(sector.name()) && !s.id().equals(sector.id()))) {
            throw new DuplicateException("sector.name.duplicate", "name", sector.name());
        }
    }
}
