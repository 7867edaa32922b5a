package org.xieshang.domain.duty.discipline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.xieshang.domain.duty.RuleDefinition;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Guard;

/** The discipline rule types a system knows: the built-in ones and any a vendor adds. Immutable and thread-safe. */
public final class DisciplineRuleTypes {

    private static final DisciplineRuleTypes BUILT_IN = new DisciplineRuleTypes(Map.of())
            .with(type(MinimumParticipationRule.TYPE, MinimumParticipationRule::new))
            .with(type(TermTrainingRule.TYPE, TermTrainingRule::new))
            .with(type(NewMemberTrainingRule.TYPE, NewMemberTrainingRule::new))
            .with(type(FailingScoreRule.TYPE, FailingScoreRule::new))
            .with(type(FailingYearsRule.TYPE, FailingYearsRule::new))
            .with(type(ConsecutiveAbsencesRule.TYPE, ConsecutiveAbsencesRule::new))
            .with(type(AbsencesPerYearRule.TYPE, AbsencesPerYearRule::new));

    private final Map<String, DisciplineRuleType> types;

    private DisciplineRuleTypes(Map<String, DisciplineRuleType> types) {
        this.types = types;
    }

    /**
     * @return the library's types: {@code minimum-participation}, {@code term-training}, {@code new-member-training},
     *         {@code failing-score}, {@code failing-years}, {@code consecutive-absences}, {@code absences-per-year}
     */
    public static DisciplineRuleTypes builtIn() {
        return BUILT_IN;
    }

    /**
     * @param type another type, not null; its name must be new
     * @return these types and the new one, never null
     */
    public DisciplineRuleTypes with(DisciplineRuleType type) {
        Guard.required(type, "type");
        if (types.containsKey(type.name())) {
            throw new IllegalArgumentException("rule type already known: " + type.name());
        }
        Map<String, DisciplineRuleType> next = new LinkedHashMap<>(types);
        next.put(type.name(), type);
        return new DisciplineRuleTypes(Collections.unmodifiableMap(next));
    }

    /**
     * @param definition a rule as data, not null
     * @return the rule, never null
     * @throws DomainException {@code rule.type.unknown}, or the type's parameter errors
     */
    public DisciplineRule create(RuleDefinition definition) {
        DisciplineRuleType type = types.get(Guard.required(definition, "rule").type());
        if (type == null) {
            throw new DomainException("rule.type.unknown", "type", definition.type());
        }
        return type.create(definition);
    }

    /** @return the names of the known types, in the order they were added; never null */
    public Set<String> names() {
        return types.keySet();
    }

    private static DisciplineRuleType type(String name, Function<RuleDefinition, DisciplineRule> factory) {
        return new DisciplineRuleType() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public DisciplineRule create(RuleDefinition definition) {
                return factory.apply(definition);
            }
        };
    }
}
