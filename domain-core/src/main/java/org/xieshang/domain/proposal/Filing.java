package org.xieshang.domain.proposal;

import java.time.LocalDate;
import java.util.Optional;
import org.xieshang.domain.shared.Guard;

/**
 * The filing review's decision (立案审查). Immutable.
 *
 * @param decision   what was decided, not null
 * @param number     the filing number (案号), present exactly when filed; from 1
 * @param reason     why it was not filed, present exactly when {@link FilingDecision#NOT_FILED}
 * @param mergedInto the proposal it was merged into, present exactly when {@link FilingDecision#MERGED}
 * @param note       what the office adds, at most 1000 characters; required with {@link NotFiledReason#OTHER}
 * @param decidedOn  the day, not null
 */
public record Filing(FilingDecision decision, Optional<Integer> number, Optional<NotFiledReason> reason, Optional<ProposalId> mergedInto,
                     Optional<String> note, LocalDate decidedOn) {

    /** Validates that the parts agree with the decision. */
    public Filing {
        Guard.required(decision, "decision");
        Guard.required(number, "number");
        Guard.required(reason, "reason");
        Guard.required(mergedInto, "mergedInto");
        note = Guard.required(note, "note").map(n -> Guard.text(n, "note", 1000));
        Guard.required(decidedOn, "decidedOn");
        Guard.check(number.isPresent() == (decision == FilingDecision.FILED), "proposal.filing.number", "number");
        number.ifPresent(n -> Guard.check(n >= 1, "proposal.filing.number", "number"));
        Guard.check(reason.isPresent() == (decision == FilingDecision.NOT_FILED), "proposal.filing.reason-required", "reason");
        Guard.check(mergedInto.isPresent() == (decision == FilingDecision.MERGED), "proposal.filing.merge-target", "mergedInto");
        Guard.check(reason.orElse(null) != NotFiledReason.OTHER || note.isPresent(), "proposal.filing.note-required", "note");
    }
}
