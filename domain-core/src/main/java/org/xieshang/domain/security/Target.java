package org.xieshang.domain.security;

import java.util.Objects;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.member.MemberId;

/**
 * What a request touches, as far as access is concerned: always a committee, and where it matters the
 * member the record belongs to and the handling unit it is assigned to. Immutable and thread-safe.
 *
 * @param committeeId the committee that owns the data, not null
 * @param memberId    the member the record belongs to, if it belongs to one
 * @param unitId      the handling unit it is assigned to, if any
 */
public record Target(CommitteeId committeeId, Optional<MemberId> memberId, Optional<HandlingUnitId> unitId) {

    /** Rejects nulls. */
    public Target {
        Objects.requireNonNull(committeeId, "committeeId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(unitId, "unitId");
    }

    /**
     * @param committeeId the committee, not null
     * @return data of the committee as a whole, never null
     */
    public static Target committee(CommitteeId committeeId) {
        return new Target(committeeId, Optional.empty(), Optional.empty());
    }

    /**
     * @param committeeId the member's committee, not null
     * @param memberId    the member, not null
     * @return a member's own record, never null
     */
    public static Target memberRecord(CommitteeId committeeId, MemberId memberId) {
        return new Target(committeeId, Optional.of(memberId), Optional.empty());
    }

    /**
     * @param committeeId the committee, not null
     * @param unitId      the handling unit, not null
     * @return an item assigned to a handling unit, never null
     */
    public static Target assignedTo(CommitteeId committeeId, HandlingUnitId unitId) {
        return new Target(committeeId, Optional.empty(), Optional.of(unitId));
    }
}
