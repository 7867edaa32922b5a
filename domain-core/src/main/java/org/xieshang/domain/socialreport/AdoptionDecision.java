package org.xieshang.domain.socialreport;

import java.time.LocalDate;
import java.util.Optional;
import org.xieshang.domain.shared.Guard;

/**
 * The committee's decision on an edited report: adopted (采用), with an optional note such as the issue it appeared
 * in, or not adopted, with the reason the member reads. Immutable and thread-safe.
 *
 * @param adopted   whether it was adopted
 * @param note      the note when adopted (optional), the reason when not (required); at most 1000 characters
 * @param decidedBy who decided, not blank
 * @param decidedOn the committee's day of the decision, not null
 */
public record AdoptionDecision(boolean adopted, Optional<String> note, String decidedBy, LocalDate decidedOn) {

    /** Validates every part. */
    public AdoptionDecision {
        note = Guard.required(note, "note").map(n -> Guard.optionalText(n, "reason", 1000));
        Guard.check(adopted || note.isPresent(), "field.required", "reason", "reason");
        decidedBy = Guard.text(decidedBy, "decidedBy", 100);
        Guard.required(decidedOn, "decidedOn");
    }
}
