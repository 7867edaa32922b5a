package org.xieshang.domain.member;

import java.util.Optional;

/**
 * Where a membership stands in its life cycle: appointed → active → one of the ways it ends. The allowed
 * transitions are {@link #after(DecisionKind)}.
 */
public enum MembershipStatus {
    /** 已任命: appointed for the term, not yet taken up. */
    APPOINTED,
    /** 在任: serving. */
    ACTIVE,
    /** 辞去委员: resigned at the member's own request. */
    RESIGNED,
    /** 劝辞: asked to resign, for example after unexcused absences (000). */
    ASKED_TO_RESIGN,
    /** 责令辞去: ordered to resign, for example after two failing years (004 §12). */
    ORDERED_TO_RESIGN,
    /** 撤销委员资格: membership revoked. */
    REVOKED,
    /** 去世: deceased. */
    DECEASED;

    /** @return whether the membership still runs (appointed or active) */
    public boolean isCurrent() {
        return this == APPOINTED || this == ACTIVE;
    }

    /**
     * The membership state machine. Decisions about the standing role or the sector leave the status as it
     * is, but only while the membership is current.
     *
     * @param decision a decision about this membership, not null
     * @return the status after the decision, or empty if the decision is not allowed in this status
     */
    public Optional<MembershipStatus> after(DecisionKind decision) {
        return switch (this) {
            case APPOINTED -> switch (decision) {
                case TAKING_OFFICE -> Optional.of(ACTIVE);
                case SECTOR_REASSIGNMENT, STANDING_APPOINTMENT, STANDING_RESIGNATION, STANDING_ORDERED_TO_RESIGN -> Optional.of(this);
                case RESIGNATION, ASKED_TO_RESIGN, ORDERED_TO_RESIGN, REVOCATION, DECEASE -> Optional.of(ending(decision));
                case APPOINTMENT -> Optional.empty();
            };
            case ACTIVE -> switch (decision) {
                case SECTOR_REASSIGNMENT, STANDING_APPOINTMENT, STANDING_RESIGNATION, STANDING_ORDERED_TO_RESIGN -> Optional.of(this);
                case RESIGNATION, ASKED_TO_RESIGN, ORDERED_TO_RESIGN, REVOCATION, DECEASE -> Optional.of(ending(decision));
                case APPOINTMENT, TAKING_OFFICE -> Optional.empty();
            };
            case RESIGNED, ASKED_TO_RESIGN, ORDERED_TO_RESIGN, REVOKED, DECEASED -> Optional.empty();
        };
    }

    private static MembershipStatus ending(DecisionKind decision) {
        return switch (decision) {
            case RESIGNATION -> RESIGNED;
            case ASKED_TO_RESIGN -> ASKED_TO_RESIGN;
            case ORDERED_TO_RESIGN -> ORDERED_TO_RESIGN;
            case REVOCATION -> REVOKED;
            case DECEASE -> DECEASED;
            case APPOINTMENT, TAKING_OFFICE, SECTOR_REASSIGNMENT, STANDING_APPOINTMENT, STANDING_RESIGNATION,
                 STANDING_ORDERED_TO_RESIGN -> throw new IllegalArgumentException(decision + " does not end a membership");
        };
    }
}
