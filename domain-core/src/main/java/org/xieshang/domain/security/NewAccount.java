package org.xieshang.domain.security;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.member.MemberId;

/**
 * What a security administrator fills in to open an account. Immutable and thread-safe.
 *
 * @param committeeId the committee, not null
 * @param username    login name, may be null (then refused)
 * @param displayName name shown on screens, may be null (then refused)
 * @param roles       roles, not null
 * @param memberId    the member record of a member's account
 * @param unitId      the handling unit of a unit's account
 */
public record NewAccount(CommitteeId committeeId, String username, String displayName, Set<Role> roles, Optional<MemberId> memberId,
                         Optional<HandlingUnitId> unitId) {

    /** Rejects nulls where not allowed. */
    public NewAccount {
        Objects.requireNonNull(committeeId, "committeeId");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(unitId, "unitId");
    }
}
