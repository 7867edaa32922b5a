package org.xieshang.domain.duty.scoring;

import org.xieshang.domain.shared.Guard;

/**
 * A grade (等次) and the lowest score that earns it, such as 优秀 from 90. Immutable and thread-safe.
 *
 * @param grade   the grade's name, not blank
 * @param minimum the lowest score in the band, not null
 */
public record GradeBand(String grade, Points minimum) {

    /** Validates both fields. */
    public GradeBand {
        grade = Guard.text(grade, "grade", 20);
        Guard.required(minimum, "minimum");
    }
}
