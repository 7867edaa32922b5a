package org.xieshang.domain.duty.scoring;

import java.util.Optional;
import java.util.function.Consumer;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.DutyFile;
import org.xieshang.domain.duty.RuleDefinition;
import org.xieshang.domain.shared.DomainException;

/**
 * The built-in rule type {@value #TYPE}: so many points for each event of one kind, up to a cap for the year.
 * Negative points make a deduction (扣分, such as an unexcused absence) and the cap then limits what is
 * deducted; a bonus (加分, such as a leader's instruction) is a positive item of its own kind.
 * Parameters: {@code kind} (a {@link DutyEventKind}), {@code points} (such as {@code 2.5} or {@code -5}),
 * {@code cap} (optional, not negative). Immutable and thread-safe.
 */
public final class PerEventRule implements ScoringRule {

    /** The type's name. */
    public static final String TYPE = "per-event";

    private final RuleDefinition definition;
    private final DutyEventKind kind;
    private final int points;
    private final int cap;

    private PerEventRule(RuleDefinition definition) {
        this.definition = definition;
        this.kind = definition.constant("kind", DutyEventKind.class);
        this.points = Points.parse(definition.requireText("points"), "parameters").tenths();
        Optional<String> capText = definition.text("cap");
        int capValue = capText.map(c -> Points.parse(c, "parameters").tenths()).orElse(Integer.MAX_VALUE);
        if (capValue < 0) {
            throw new DomainException("scoring.cap.negative", "parameters", capText.orElse(""));
        }
        this.cap = capValue;
    }

    /**
     * @param kind   the event kind, not null
     * @param points points per event, not null
     * @param cap    the most (or, for a deduction, the most deducted) in a year, or null for none
     * @return the rule, never null
     */
    public static PerEventRule of(DutyEventKind kind, Points points, Points cap) {
        return cap == null ? new PerEventRule(RuleDefinition.of(TYPE, "kind", kind.name(), "points", points.toString()))
                : new PerEventRule(RuleDefinition.of(TYPE, "kind", kind.name(), "points", points.toString(), "cap", cap.toString()));
    }

    /** @return the type that creates this rule from its definition, never null */
    public static ScoringRuleType type() {
        return new ScoringRuleType() {
            @Override
            public String name() {
                return TYPE;
            }

            @Override
            public ScoringRule create(RuleDefinition definition) {
                return new PerEventRule(definition);
            }
        };
    }

    /** @return the event kind scored, never null */
    public DutyEventKind kind() {
        return kind;
    }

    @Override
    public RuleDefinition definition() {
        return definition;
    }

    @Override
    public void explain(DutyFile year, Consumer<Award> awards) {
        int given = 0;
        for (DutyEvent event : year.events(kind)) {
            int next = Math.min(cap, Math.abs(given) + Math.abs(points));
            int award = (next - Math.abs(given)) * Integer.signum(points);
            given += award;
            awards.accept(new Award(Optional.of(event), new Points(award), award == points ? Award.COUNTED : Award.CAP_REACHED));
        }
    }

    @Override
    public Points total(DutyFile year) {
        long raw = (long) Math.abs(points) * year.count(kind);
        return new Points((int) Math.min(cap, raw) * Integer.signum(points));
    }
}
