package org.xieshang.domain.activity;

import java.time.Instant;
import java.util.Optional;
import org.xieshang.domain.shared.Guard;

/**
 * A member's request to be excused from an activity (请假), and the staff's decision. Immutable and thread-safe.
 *
 * @param reason      the member's reason, not blank
 * @param requestedAt when it was asked, before the activity started; not null
 * @param requestedBy who entered it: the member, or staff on the member's behalf; not blank
 * @param status      where it stands, not null
 * @param decidedBy   who decided, present exactly once decided
 * @param decidedAt   when, present exactly once decided
 * @param note        the decider's note, required when refused
 */
public record LeaveRequest(String reason, Instant requestedAt, String requestedBy, LeaveStatus status, Optional<String> decidedBy,
                           Optional<Instant> decidedAt, Optional<String> note) {

    /** Longest reason or note. */
    public static final int TEXT_MAX = 500;

    /** Validates every field and that a decision is complete. */
    public LeaveRequest {
        reason = Guard.text(reason, "reason", TEXT_MAX);
        Guard.required(requestedAt, "requestedAt");
        requestedBy = Guard.text(requestedBy, "requestedBy", 100);
        Guard.required(status, "status");
        Guard.required(decidedBy, "decidedBy");
        Guard.required(decidedAt, "decidedAt");
        Guard.required(note, "note");
        boolean decided = status != LeaveStatus.REQUESTED;
        Guard.check(decidedBy.isPresent() == decided && decidedAt.isPresent() == decided, "leave.decision.incomplete", "status");
        note = note.map(n -> Guard.optionalText(n, "note", TEXT_MAX));
        Guard.check(status != LeaveStatus.REFUSED || note.isPresent(), "leave.refusal.needs-note", "note");
    }

    /**
     * @param reason      the reason, not blank
     * @param requestedAt when, not null
     * @param requestedBy who entered it, not blank
     * @return a new request awaiting a decision, never null
     */
    public static LeaveRequest ask(String reason, Instant requestedAt, String requestedBy) {
        return new LeaveRequest(reason, requestedAt, requestedBy, LeaveStatus.REQUESTED, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * @param approve   whether to approve
     * @param decidedBy who decides, not blank
     * @param decidedAt when, not null
     * @param note      a note, required to refuse; may be null
     * @return the decided request, never null
     */
    public LeaveRequest decide(boolean approve, String decidedBy, Instant decidedAt, String note) {
        Guard.check(status == LeaveStatus.REQUESTED, "leave.already-decided", "status");
        return new LeaveRequest(reason, requestedAt, requestedBy, approve ? LeaveStatus.APPROVED : LeaveStatus.REFUSED,
                Optional.of(Guard.text(decidedBy, "decidedBy", 100)), Optional.of(decidedAt), Optional.ofNullable(note));
    }

    /** @return whether the member is excused */
    public boolean isApproved() {
        return status == LeaveStatus.APPROVED;
    }
}
