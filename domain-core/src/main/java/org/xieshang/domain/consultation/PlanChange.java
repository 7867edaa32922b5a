package org.xieshang.domain.consultation;

import java.time.LocalDate;
import org.xieshang.domain.shared.Guard;

/**
 * Who did something to a plan, when and why: an approval, or an amendment of an approved plan. Immutable.
 *
 * @param by     a person or organisation, not blank, at most 100 characters
 * @param on     the day, not null
 * @param reason why (for an approval, the approving document), not blank, at most 1000 characters
 */
public record PlanChange(String by, LocalDate on, String reason) {

    /** Validates every part. */
    public PlanChange {
        by = Guard.text(by, "by", 100);
        Guard.required(on, "on");
        reason = Guard.text(reason, "reason", 1000);
    }
}
