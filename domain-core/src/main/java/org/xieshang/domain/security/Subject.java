package org.xieshang.domain.security;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.member.MemberId;

/**
 * The signed-in user as access decisions see them. Immutable and thread-safe.
 *
 * @param userId         the account, not null
 * @param username       the login name, not null
 * @param committeeId    the committee the user belongs to, not null
 * @param readableCommittees committees whose data the user may read: their own and, for a city committee's
 *                       users, its county committees; not null, contains {@code committeeId}
 * @param roles          the account's roles, not null
 * @param memberId       the member record linked to the account, if any
 * @param unitId         the handling unit of the account, if any
 */
public record Subject(UserId userId, String username, CommitteeId committeeId, Set<CommitteeId> readableCommittees, Set<Role> roles,
                      Optional<MemberId> memberId, Optional<HandlingUnitId> unitId) {

    /** Rejects nulls and copies the sets. */
    public Subject {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(committeeId, "committeeId");
        readableCommittees = Set.copyOf(readableCommittees);
        if (!readableCommittees.contains(committeeId)) {
            throw new IllegalArgumentException("readableCommittees must contain the user's own committee");
        }
        roles = Set.copyOf(roles);
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(unitId, "unitId");
    }
}
