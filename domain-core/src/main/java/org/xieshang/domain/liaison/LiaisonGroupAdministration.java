package org.xieshang.domain.liaison;

import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Versions;

/**
 * Use cases for member liaison groups. A member belongs to at most one liaison group: the one for
 * where they live. Thread-safe if its ports are; transactions belong to the caller.
 */
public final class LiaisonGroupAdministration {

    private final Committees committees;
    private final LiaisonGroups groups;
    private final Members members;

    /**
     * @param committees committee storage, not null
     * @param groups     liaison group storage, not null
     * @param members    member storage, not null
     */
    public LiaisonGroupAdministration(Committees committees, LiaisonGroups groups, Members members) {
        this.committees = Objects.requireNonNull(committees, "committees");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.members = Objects.requireNonNull(members, "members");
    }

    /**
     * @param committeeId the committee, not null
     * @param name        name, not blank
     * @param area        area, not blank
     * @return the stored, empty group; never null
     */
    public LiaisonGroup form(CommitteeId committeeId, String name, String area) {
        committees.require(committeeId);
        return groups.save(LiaisonGroup.form(LiaisonGroupId.generate(), committeeId, name, area));
    }

    /**
     * @param id              the group, not null
     * @param expectedVersion the version the caller read
     * @param name            new name, not blank
     * @param area            new area, not blank
     * @return the stored group, never null
     */
    public LiaisonGroup rename(LiaisonGroupId id, long expectedVersion, String name, String area) {
        return change(id, expectedVersion, g -> g.rename(name, area));
    }

    /**
     * @param id              the group, not null
     * @param expectedVersion the version the caller read
     * @param memberId        a member of the committee who is in no other liaison group, not null
     * @return the stored group, never null
     * @throws DomainException {@code liaison.member.in-other-group} if the member is already in another group
     */
    public LiaisonGroup admit(LiaisonGroupId id, long expectedVersion, MemberId memberId) {
        return change(id, expectedVersion, g -> {
            members.requireMemberOf(g.committeeId(), memberId, "memberId");
            groups.findByMember(memberId).filter(other -> !other.id().equals(id)).ifPresent(other -> {
                throw new DomainException("liaison.member.in-other-group", "memberId", other.name());
            });
            return g.admit(memberId);
        });
    }

    /**
     * @param id              the group, not null
     * @param expectedVersion the version the caller read
     * @param memberId        a member of the group, not null
     * @return the stored group, never null
     */
    public LiaisonGroup release(LiaisonGroupId id, long expectedVersion, MemberId memberId) {
        return change(id, expectedVersion, g -> g.release(memberId));
    }

    /**
     * @param id              the group, not null
     * @param expectedVersion the version the caller read
     * @param leaderId        a member of the group, or empty for none
     * @return the stored group, never null
     */
    public LiaisonGroup appointLeader(LiaisonGroupId id, long expectedVersion, Optional<MemberId> leaderId) {
        return change(id, expectedVersion, g -> g.appointLeader(leaderId));
    }

    private LiaisonGroup change(LiaisonGroupId id, long expectedVersion, UnaryOperator<LiaisonGroup> change) {
        LiaisonGroup group = groups.require(id);
        Versions.check("liaison-group", id, group.version(), expectedVersion);
        return groups.save(change.apply(group));
    }
}
