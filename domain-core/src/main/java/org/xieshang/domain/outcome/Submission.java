package org.xieshang.domain.outcome;

import java.time.LocalDate;
import org.xieshang.domain.shared.Guard;

/**
 * How the committee's Party group submitted an outcome report (报送). Immutable.
 *
 * @param to          to whom, such as "中共澄湖市委、澄湖市人民政府"; not blank, at most 100 characters
 * @param submittedOn the day, not null
 * @param by          who recorded it, not blank
 */
public record Submission(String to, LocalDate submittedOn, String by) {

    /** Validates every part. */
    public Submission {
        to = Guard.text(to, "to", 100);
        Guard.required(submittedOn, "submittedOn");
        by = Guard.text(by, "by", 100);
    }
}
