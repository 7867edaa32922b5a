package org.xieshang.domain.socialreport;

import org.xieshang.domain.proposal.ProposalCategory;
import org.xieshang.domain.shared.Guard;

/**
 * What a social-condition report says: its title, its text (the situation seen and what is suggested) and the field it
 * concerns, grouped as proposals are. Immutable and thread-safe.
 *
 * @param title    the title, not blank, at most {@value #TITLE_MAX} characters
 * @param text     the report, not blank, at most {@value #TEXT_MAX} characters
 * @param category the field it concerns, not null
 */
public record ReportContent(String title, String text, ProposalCategory category) {

    /** Longest title. */
    public static final int TITLE_MAX = 100;
    /** Longest text. */
    public static final int TEXT_MAX = 10_000;

    /** Validates every part. */
    public ReportContent {
        title = Guard.text(title, "title", TITLE_MAX);
        text = Guard.text(text, "text", TEXT_MAX);
        Guard.required(category, "category");
    }
}
