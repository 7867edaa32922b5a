package org.xieshang.domain.activity;

import java.util.Optional;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.Guard;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;

/**
 * Who an activity is for, and whether they must attend. Immutable and thread-safe.
 *
 * @param kind               the group, not null
 * @param sectorId           the sector, present exactly for {@link AudienceKind#SECTOR}
 * @param specialCommitteeId the special committee, present exactly for {@link AudienceKind#SPECIAL_COMMITTEE}
 * @param obligatory         whether the invited must attend (应出席): only then does an absence count
 */
public record Audience(AudienceKind kind, Optional<SectorId> sectorId, Optional<SpecialCommitteeId> specialCommitteeId, boolean obligatory) {

    /** Validates that the group's key is given exactly when needed. */
    public Audience {
        Guard.required(kind, "audience");
        Guard.required(sectorId, "sectorId");
        Guard.required(specialCommitteeId, "specialCommitteeId");
        Guard.check(sectorId.isPresent() == (kind == AudienceKind.SECTOR), "audience.sector.mismatch", "sectorId");
        Guard.check(specialCommitteeId.isPresent() == (kind == AudienceKind.SPECIAL_COMMITTEE), "audience.special-committee.mismatch",
                "specialCommitteeId");
    }

    /**
     * @param obligatory whether attendance is obligatory
     * @return all members, never null
     */
    public static Audience allMembers(boolean obligatory) {
        return new Audience(AudienceKind.ALL_MEMBERS, Optional.empty(), Optional.empty(), obligatory);
    }

    /**
     * @param obligatory whether attendance is obligatory
     * @return the standing members, never null
     */
    public static Audience standingMembers(boolean obligatory) {
        return new Audience(AudienceKind.STANDING_MEMBERS, Optional.empty(), Optional.empty(), obligatory);
    }

    /**
     * @param sectorId   the sector, not null
     * @param obligatory whether attendance is obligatory
     * @return the sector's members, never null
     */
    public static Audience sector(SectorId sectorId, boolean obligatory) {
        return new Audience(AudienceKind.SECTOR, Optional.of(sectorId), Optional.empty(), obligatory);
    }

    /**
     * @param specialCommitteeId the special committee, not null
     * @param obligatory         whether attendance is obligatory
     * @return members the special committee names, never null
     */
    public static Audience specialCommittee(SpecialCommitteeId specialCommitteeId, boolean obligatory) {
        return new Audience(AudienceKind.SPECIAL_COMMITTEE, Optional.empty(), Optional.of(specialCommitteeId), obligatory);
    }

    /**
     * @param obligatory whether attendance is obligatory
     * @return members named one by one, never null
     */
    public static Audience invited(boolean obligatory) {
        return new Audience(AudienceKind.INVITED, Optional.empty(), Optional.empty(), obligatory);
    }
}
