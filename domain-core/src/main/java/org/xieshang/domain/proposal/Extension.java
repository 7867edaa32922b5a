package org.xieshang.domain.proposal;

import java.time.LocalDate;
import java.util.Optional;
import org.xieshang.domain.shared.Guard;

/**
 * An extension request and the proposal office's decision on it. Immutable.
 *
 * @param request     what the unit asked for, not null
 * @param granted     whether it was granted
 * @param newDeadline the deadline from then on, present exactly when granted
 * @param decidedBy   who decided, not blank
 * @param decidedOn   the day, not null
 * @param note        the office's reason, at most 1000 characters; required when refused
 */
public record Extension(ExtensionRequest request, boolean granted, Optional<LocalDate> newDeadline, String decidedBy, LocalDate decidedOn,
                        Optional<String> note) {

    /** Validates every part. */
    public Extension {
        Guard.required(request, "request");
        Guard.required(newDeadline, "newDeadline");
        decidedBy = Guard.text(decidedBy, "decidedBy", 100);
        Guard.required(decidedOn, "decidedOn");
        note = Guard.required(note, "note").map(n -> Guard.text(n, "note", 1000));
        Guard.check(granted == newDeadline.isPresent(), "proposal.extension.deadline", "newDeadline");
        Guard.check(granted || note.isPresent(), "proposal.extension.refusal-reason", "note");
    }
}
