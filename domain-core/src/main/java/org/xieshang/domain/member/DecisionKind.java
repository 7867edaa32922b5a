package org.xieshang.domain.member;

/**
 * What a membership decision does. Every change to a membership or a standing role is one of these,
 * recorded with who decided, when and on what grounds.
 */
public enum DecisionKind {
    /** 任命: appoints the member for a term, in a sector. */
    APPOINTMENT,
    /** 就任: the appointed member takes up the membership. */
    TAKING_OFFICE,
    /** 调整界别: moves the member to another sector within the term (still one sector per term). */
    SECTOR_REASSIGNMENT,
    /** 辞去委员: accepts the member's resignation. */
    RESIGNATION,
    /** 劝辞: asks the member to resign (000: after unexcused absences). */
    ASKED_TO_RESIGN,
    /** 责令辞去委员: orders the member to resign (004 §12: after two failing years). */
    ORDERED_TO_RESIGN,
    /** 撤销委员资格: revokes the membership. */
    REVOCATION,
    /** 去世: records the member's death. */
    DECEASE,
    /** 增补为常委: gives the member a standing-committee role. */
    STANDING_APPOINTMENT,
    /** 辞去常委: accepts the resignation of the standing role; the membership stays. */
    STANDING_RESIGNATION,
    /** 责令辞去常委职务: orders the member to give up the standing role (004 §12); the membership stays. */
    STANDING_ORDERED_TO_RESIGN;

    /** @return whether the decision concerns the standing role rather than the membership */
    public boolean concernsStandingRole() {
        return switch (this) {
            case STANDING_APPOINTMENT, STANDING_RESIGNATION, STANDING_ORDERED_TO_RESIGN -> true;
            case APPOINTMENT, TAKING_OFFICE, SECTOR_REASSIGNMENT, RESIGNATION, ASKED_TO_RESIGN, ORDERED_TO_RESIGN, REVOCATION,
                 DECEASE -> false;
        };
    }

    /** @return whether the decision names a sector (appointment and reassignment) */
    public boolean needsSector() {
        return this == APPOINTMENT || this == SECTOR_REASSIGNMENT;
    }
}
