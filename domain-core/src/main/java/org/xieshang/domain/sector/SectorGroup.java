package org.xieshang.domain.sector;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.Guard;

/**
 * A sector activity group (界别活动组): members of one or more sectors who act together, with a group
 * leader (组长). Aggregate root; immutable and thread-safe.
 */
public final class SectorGroup {

    /** Longest group name. */
    public static final int NAME_MAX = 100;

    private final SectorGroupId id;
    private final CommitteeId committeeId;
    private final String name;
    private final Set<SectorId> sectorIds;
    private final MemberId leaderId;
    private final long version;

    private SectorGroup(SectorGroupId id, CommitteeId committeeId, String name, Set<SectorId> sectorIds, MemberId leaderId, long version) {
        this.id = Guard.required(id, "id");
        this.committeeId = Guard.required(committeeId, "committeeId");
        this.name = Guard.text(name, "name", NAME_MAX);
        Guard.check(sectorIds != null && !sectorIds.isEmpty(), "sector-group.sectors.empty", "sectorIds");
        this.sectorIds = Collections.unmodifiableSet(new LinkedHashSet<>(sectorIds));
        this.leaderId = leaderId;
        Guard.check(version >= 0, "version.negative", "version");
        this.version = version;
    }

    /**
     * @param id          identifier, not null
     * @param committeeId committee, not null
     * @param name        name, not blank
     * @param sectorIds   the sectors whose members it gathers, at least one, all of the committee
     * @param leaderId    the group leader (组长), if chosen
     * @return the new group at version 0, never null
     */
    public static SectorGroup form(SectorGroupId id, CommitteeId committeeId, String name, Set<SectorId> sectorIds, Optional<MemberId> leaderId) {
        return new SectorGroup(id, committeeId, name, sectorIds, leaderId.orElse(null), 0);
    }

    /**
     * Rebuilds a stored group. For storage adapters.
     *
     * @param id          identifier, not null
     * @param committeeId committee, not null
     * @param name        name, not blank
     * @param sectorIds   sectors, at least one
     * @param leaderId    leader, or null
     * @param version     stored version
     * @return the group, never null
     */
    public static SectorGroup restore(SectorGroupId id, CommitteeId committeeId, String name, Set<SectorId> sectorIds, MemberId leaderId, long version) {
        return new SectorGroup(id, committeeId, name, sectorIds, leaderId, version);
    }

    /**
     * @param newName      name, not blank
     * @param newSectorIds sectors, at least one
     * @param newLeaderId  leader, if chosen
     * @return this group revised, never null
     */
    public SectorGroup revise(String newName, Set<SectorId> newSectorIds, Optional<MemberId> newLeaderId) {
        return new SectorGroup(id, committeeId, newName, newSectorIds, newLeaderId.orElse(null), version);
    }

    /** @return the identifier, never null */
    public SectorGroupId id() {
        return id;
    }

    /** @return the committee, never null */
    public CommitteeId committeeId() {
        return committeeId;
    }

    /** @return the name, never null */
    public String name() {
        return name;
    }

    /** @return the sectors gathered, never null or empty */
    public Set<SectorId> sectorIds() {
        return sectorIds;
    }

    /** @return the group leader, if chosen */
    public Optional<MemberId> leaderId() {
        return Optional.ofNullable(leaderId);
    }

    /** @return the stored version; 0 if never stored */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SectorGroup other && id.equals(other.id) && version == other.version && committeeId.equals(other.committeeId)
                && name.equals(other.name) && sectorIds.equals(other.sectorIds) && Objects.equals(leaderId, other.leaderId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "SectorGroup[" + name + ", v" + version + "]";
    }
}
