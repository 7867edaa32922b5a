package org.xieshang.domain.duty.discipline;

import java.time.Instant;
import java.util.Optional;
import org.xieshang.domain.member.DecisionId;
import org.xieshang.domain.shared.Guard;

/**
 * Staff's decision on a finding: what, why, by whom, when, and the membership decision it rests on when it
 * changes the membership. Immutable and thread-safe.
 *
 * @param outcome            what was decided, not null
 * @param reason             why, not blank
 * @param decidedBy          who recorded it, not blank
 * @param decidedAt          when, not null
 * @param membershipDecision the member's recorded membership decision, present exactly when the outcome changes the
 *                           membership
 */
public record FindingDecision(FindingOutcome outcome, String reason, String decidedBy, Instant decidedAt, Optional<DecisionId> membershipDecision) {

    /** Longest reason. */
    public static final int REASON_MAX = 1000;

    /** Validates every field. */
    public FindingDecision {
        Guard.required(outcome, "outcome");
        reason = Guard.text(reason, "reason", REASON_MAX);
        decidedBy = Guard.text(decidedBy, "decidedBy", 100);
        Guard.required(decidedAt, "decidedAt");
        Guard.required(membershipDecision, "membershipDecision");
        Guard.check(membershipDecision.isPresent() == outcome.membershipDecision().isPresent(),
                outcome.membershipDecision().isPresent() ? "finding.decision.needs-membership-decision" : "finding.decision.unexpected-membership-decision",
                "membershipDecision");
    }
}
