package org.xieshang.domain.proposal;

import org.xieshang.domain.shared.Guard;

/**
 * What a proposal says: its title, the case for it (案由) and its suggestions (建议). Immutable.
 *
 * @param title       the title, not blank, at most {@value #TITLE_MAX} characters
 * @param grounds     the situation and its problems, not blank, at most {@value #TEXT_MAX} characters
 * @param suggestions what should be done, not blank, at most {@value #TEXT_MAX} characters
 * @param category    the field it concerns, not null
 */
public record ProposalContent(String title, String grounds, String suggestions, ProposalCategory category) {

    /** Longest title. */
    public static final int TITLE_MAX = 100;
    /** Longest case or suggestions. */
    public static final int TEXT_MAX = 10_000;

    /** Validates every part. */
    public ProposalContent {
        title = Guard.text(title, "title", TITLE_MAX);
        grounds = Guard.text(grounds, "grounds", TEXT_MAX);
        suggestions = Guard.text(suggestions, "suggestions", TEXT_MAX);
        Guard.required(category, "category");
    }
}
