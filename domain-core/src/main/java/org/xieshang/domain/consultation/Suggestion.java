package org.xieshang.domain.consultation;

import java.util.Optional;
import org.xieshang.domain.shared.Guard;

/**
 * One suggestion of an outcome report: tracked on its own by the feedback loop. Immutable.
 *
 * @param text      the suggestion, not blank, at most 2000 characters
 * @param addressee the department it is for, if named; at most 100 characters
 */
public record Suggestion(String text, Optional<String> addressee) {

    /** Validates every part. */
    public Suggestion {
        text = Guard.text(text, "text", 2000);
        addressee = Guard.required(addressee, "addressee").map(a -> Guard.text(a, "addressee", 100));
    }
}
