package org.xieshang.domain.proposal;

import java.time.LocalDate;
import org.xieshang.domain.shared.Guard;

/**
 * A co-handling unit's part of the answer (会签意见) in one handling round. Immutable.
 *
 * @param round    the handling round it belongs to, from 1
 * @param opinion  what the unit contributes, not blank, at most 5000 characters
 * @param signedOn the day, not null
 */
public record Countersign(int round, String opinion, LocalDate signedOn) {

    /** Validates every part. */
    public Countersign {
        Guard.check(round >= 1, "proposal.round.invalid", "round");
        opinion = Guard.text(opinion, "opinion", 5000);
        Guard.required(signedOn, "signedOn");
    }
}
