package org.xieshang.domain.notification;

import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.Guard;

/**
 * The member or handling unit a notice goes to. Immutable.
 *
 * @param kind a member or a unit, not null
 * @param id   the member's or unit's identifier as text, not blank
 */
public record Recipient(RecipientKind kind, String id) {

    /** Validates both parts. */
    public Recipient {
        Guard.required(kind, "kind");
        id = Guard.text(id, "id", 36);
    }

    /**
     * @param memberId a member, not null
     * @return the member as recipient, never null
     */
    public static Recipient member(MemberId memberId) {
        return new Recipient(RecipientKind.MEMBER, memberId.toString());
    }

    /**
     * @param unitId a handling unit, not null
     * @return the unit as recipient, never null
     */
    public static Recipient unit(HandlingUnitId unitId) {
        return new Recipient(RecipientKind.HANDLING_UNIT, unitId.toString());
    }
}
