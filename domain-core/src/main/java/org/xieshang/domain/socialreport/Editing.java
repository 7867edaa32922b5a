package org.xieshang.domain.socialreport;

import java.time.LocalDate;
import org.xieshang.domain.shared.Guard;

/**
 * The office's edited version of a report (编辑加工): what is adopted and reported upward. The member's own text stays
 * in the report beside it. Immutable and thread-safe.
 *
 * @param content  the edited title, text and category, not null
 * @param editedBy who edited it, not blank
 * @param editedOn the committee's day of the edit, not null
 */
public record Editing(ReportContent content, String editedBy, LocalDate editedOn) {

    /** Validates every part. */
    public Editing {
        Guard.required(content, "content");
        editedBy = Guard.text(editedBy, "editedBy", 100);
        Guard.required(editedOn, "editedOn");
    }
}
