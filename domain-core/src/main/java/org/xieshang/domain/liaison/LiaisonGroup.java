package org.xieshang.domain.liaison;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.Guard;

/**
 * A member liaison group (委员联络组): members grouped by where they live, with a group leader
 * (004 §13). Aggregate root; immutable and thread-safe.
 *
 * <p>Invariant: the leader is one of the group's members.
 */
public final class LiaisonGroup {

    /** Longest name or area. */
    public static final int TEXT_MAX = 100;

    private final LiaisonGroupId id;
    private final CommitteeId committeeId;
    private final String name;
    private final String area;
    private final MemberId leaderId;
    private final Set<MemberId> memberIds;
    private final long version;

    private LiaisonGroup(LiaisonGroupId id, CommitteeId committeeId, String name, String area, MemberId leaderId,
                         Set<MemberId> memberIds, long version) {
        this.id = Guard.required(id, "id");
        this.committeeId = Guard.required(committeeId, "committeeId");
        this.name = Guard.text(name, "name", TEXT_MAX);
        this.area = Guard.text(area, "area", TEXT_MAX);
        this.memberIds = Collections.unmodifiableSet(new LinkedHashSet<>(Guard.required(memberIds, "memberIds")));
        Guard.check(leaderId == null || this.memberIds.contains(leaderId), "liaison.leader.not-member", "leaderId");
        this.leaderId = leaderId;
        Guard.check(version >= 0, "version.negative", "version");
        this.version = version;
    }

    /**
     * @param id          identifier, not null
     * @param committeeId committee, not null
     * @param name        name, such as 城东联络组, not blank
     * @param area        the area whose resident members it gathers, not blank
     * @return the new, empty group at version 0, never null
     */
    public static LiaisonGroup form(LiaisonGroupId id, CommitteeId committeeId, String name, String area) {
        return new LiaisonGroup(id, committeeId, name, area, null, Set.of(), 0);
    }

    /**
     * Rebuilds a stored group. For storage adapters.
     *
     * @param id          identifier, not null
     * @param committeeId committee, not null
     * @param name        name, not blank
     * @param area        area, not blank
     * @param leaderId    leader, one of the members, or null
     * @param memberIds   members, not null
     * @param version     stored version
     * @return the group, never null
     */
    public static LiaisonGroup restore(LiaisonGroupId id, CommitteeId committeeId, String name, String area, MemberId leaderId,
                                       Set<MemberId> memberIds, long version) {
        return new LiaisonGroup(id, committeeId, name, area, leaderId, memberIds, version);
    }

    /**
     * @param newName name, not blank
     * @param newArea area, not blank
     * @return this group renamed, never null
     */
    public LiaisonGroup rename(String newName, String newArea) {
        return new LiaisonGroup(id, committeeId, newName, newArea, leaderId, memberIds, version);
    }

    /**
     * @param memberId a member of the same committee, not null
     * @return this group with the member added, never null
     */
    public LiaisonGroup admit(MemberId memberId) {
        Set<MemberId> next = new LinkedHashSet<>(memberIds);
        next.add(Guard.required(memberId, "memberId"));
        return new LiaisonGroup(id, committeeId, name, area, leaderId, next, version);
    }

    /**
     * @param memberId a member of the group, not null
     * @return this group without the member; without a leader if it was the leader; never null
     */
    public LiaisonGroup release(MemberId memberId) {
        Set<MemberId> next = new LinkedHashSet<>(memberIds);
        Guard.check(next.remove(memberId), "liaison.member.unknown", "memberId");
        return new LiaisonGroup(id, committeeId, name, area, memberId.equals(leaderId) ? null : leaderId, next, version);
    }

    /**
     * @param newLeaderId a member of the group, or empty to leave the group without a leader
     * @return this group with the new leader, never null
     */
    public LiaisonGroup appointLeader(Optional<MemberId> newLeaderId) {
        return new LiaisonGroup(id, committeeId, name, area, newLeaderId.orElse(null), memberIds, version);
    }

    /** @return the identifier, never null */
    public LiaisonGroupId id() {
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

    /** @return the area, never null */
    public String area() {
        return area;
    }

    /** @return the group leader (组长), if appointed */
    public Optional<MemberId> leaderId() {
        return Optional.ofNullable(leaderId);
    }

    /** @return the members in the order they joined, never null */
    public Set<MemberId> memberIds() {
        return memberIds;
    }

    /** @return the stored version; 0 if never stored */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LiaisonGroup other && id.equals(other.id) && version == other.version && committeeId.equals(other.committeeId)
                && name.equals(other.name) && area.equals(other.area) && Objects.equals(leaderId, other.leaderId)
                && memberIds.equals(other.memberIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "LiaisonGroup[" + name + ", " + memberIds.size() + " members, v" + version + "]";
    }
}
