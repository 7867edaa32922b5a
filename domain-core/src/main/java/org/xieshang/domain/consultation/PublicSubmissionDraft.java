package org.xieshang.domain.consultation;

import java.util.Optional;
import org.xieshang.domain.shared.Guard;

/**
 * A topic proposed by a member of the public in an open call, as typed: plain text, capped, no markup. The submitter
 * may stay anonymous. Immutable.
 *
 * @param title       not blank, at most {@value Topic#TITLE_MAX} characters
 * @param description not blank, at most {@value #DESCRIPTION_MAX} characters
 * @param area        the content area the submitter chose, not null
 * @param submitter   the submitter's name, if given, at most 50 characters
 * @param contact     how to reach them (phone or e-mail), if given, at most 100 characters
 */
public record PublicSubmissionDraft(String title, String description, ContentArea area, Optional<String> submitter, Optional<String> contact) {

    /** Longest description. */
    public static final int DESCRIPTION_MAX = 2000;

    /** Validates every part. */
    public PublicSubmissionDraft {
        title = PlainText.of(title, "title", Topic.TITLE_MAX);
        description = PlainText.of(description, "description", DESCRIPTION_MAX);
        Guard.required(area, "area");
        submitter = Guard.required(submitter, "submitter").map(s -> PlainText.of(s, "submitter", 50));
        contact = Guard.required(contact, "contact").map(c -> PlainText.of(c, "contact", 100));
    }
}
