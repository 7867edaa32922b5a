package org.xieshang.domain.duty.evaluation;

import java.util.Optional;
import org.xieshang.domain.duty.scoring.AnnualScore;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.Guard;

/**
 * A member's score now and under a scheme being edited. Immutable and thread-safe.
 *
 * @param memberId the member, not null
 * @param current  the score under the current revision, if there is one
 * @param proposed the score under the edited scheme, not null
 */
public record ScorePreview(MemberId memberId, Optional<AnnualScore> current, AnnualScore proposed) {

    /** Rejects nulls. */
    public ScorePreview {
        Guard.required(memberId, "memberId");
        Guard.required(current, "current");
        Guard.required(proposed, "proposed");
    }

    /** @return whether the member's pass or fail changes */
    public boolean changesOutcome() {
        return current.map(c -> c.passed() != proposed.passed()).orElse(false);
    }
}
