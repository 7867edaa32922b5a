package org.xieshang.domain.duty.scoring;

import java.util.List;
import java.util.Optional;
import org.xieshang.domain.duty.RuleDefinition;
import org.xieshang.domain.shared.Guard;

/**
 * A scoring scheme as staff edit it: plain data, checked when it becomes a {@link ScoringScheme}. Immutable and
 * thread-safe.
 *
 * @param items     the catalogue: code, label and rule definition of each item; not null
 * @param base      the points every member starts from (基础分), not negative; not null
 * @param maximum   the most a year can score (年度上限), if capped
 * @param passMark  the lowest passing score (合格线); required
 * @param bands     the grades, from the highest; not empty
 * @param reason    why this revision, required from the second revision on
 */
public record SchemeDraft(List<Item> items, Points base, Optional<Points> maximum, Points passMark, List<GradeBand> bands,
                          Optional<String> reason) {

    /** Longest reason. */
    public static final int REASON_MAX = 500;

    /**
     * An item of the catalogue as data.
     *
     * @param code  the item's code, not blank
     * @param label its label, not blank
     * @param rule  its rule, not null
     */
    public record Item(String code, String label, RuleDefinition rule) {
        /** Validates every field. */
        public Item {
            Guard.text(code, "code", ScoringItem.CODE_MAX);
            Guard.text(label, "label", ScoringItem.LABEL_MAX);
            Guard.required(rule, "rule");
        }
    }

    /** Validates the fields that need no rule types. */
    public SchemeDraft {
        items = List.copyOf(Guard.required(items, "items"));
        Guard.required(base, "base");
        Guard.required(maximum, "maximum");
        Guard.required(passMark, "passMark");
        bands = List.copyOf(Guard.required(bands, "bands"));
        reason = Optional.ofNullable(Guard.optionalText(Guard.required(reason, "reason").orElse(null), "reason", REASON_MAX));
    }
}
