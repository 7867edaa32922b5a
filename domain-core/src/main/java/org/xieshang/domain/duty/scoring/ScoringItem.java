package org.xieshang.domain.duty.scoring;

import org.xieshang.domain.shared.Guard;

/**
 * One line of a scoring scheme's catalogue (计分项目): a code, the label staff and members read, and its rule.
 * Immutable and thread-safe.
 *
 * @param code  short key, unique within the scheme, such as {@code plenary}; letters, digits and dashes
 * @param label what it is called, such as 出席全体会议; not blank
 * @param rule  how it scores, not null
 */
public record ScoringItem(String code, String label, ScoringRule rule) {

    /** Longest code. */
    public static final int CODE_MAX = 40;
    /** Longest label. */
    public static final int LABEL_MAX = 100;

    /** Validates every field. */
    public ScoringItem {
        code = Guard.text(code, "code", CODE_MAX);
        Guard.check(code.matches("[A-Za-z0-9-]+"), "scoring.item.code.invalid", "code", code);
        label = Guard.text(label, "label", LABEL_MAX);
        Guard.required(rule, "rule");
    }
}
