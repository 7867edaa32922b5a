package org.xieshang.domain.proposal;

import java.time.LocalDate;
import java.util.Optional;
import org.xieshang.domain.shared.Guard;

/**
 * The Party and government offices' supervision of a proposal's implementation. Immutable.
 *
 * @param grade       the grade, not null
 * @param supervisor  which office, such as 市政府督查室; not blank, at most 100 characters
 * @param note        findings, at most 2000 characters
 * @param gradedOn    the day, not null
 */
public record Supervision(ImplementationGrade grade, String supervisor, Optional<String> note, LocalDate gradedOn) {

    /** Validates every part. */
    public Supervision {
        Guard.required(grade, "grade");
        supervisor = Guard.text(supervisor, "supervisor", 100);
        note = Guard.required(note, "note").map(n -> Guard.text(n, "note", 2000));
        Guard.required(gradedOn, "gradedOn");
    }
}
