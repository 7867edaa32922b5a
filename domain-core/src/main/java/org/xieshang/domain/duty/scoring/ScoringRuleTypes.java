package org.xieshang.domain.duty.scoring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.xieshang.domain.duty.RuleDefinition;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Guard;

/** The scoring rule types a system knows: the built-in ones and any a vendor adds. Immutable and thread-safe. */
public final class ScoringRuleTypes {

    private static final ScoringRuleTypes BUILT_IN = new ScoringRuleTypes(Map.of(PerEventRule.TYPE, PerEventRule.type()));

    private final Map<String, ScoringRuleType> types;

    private ScoringRuleTypes(Map<String, ScoringRuleType> types) {
        this.types = Map.copyOf(types);
    }

    /** @return the library's own types ({@value PerEventRule#TYPE}), never null */
    public static ScoringRuleTypes builtIn() {
        return BUILT_IN;
    }

    /**
     * @param type another type, not null; its name must be new
     * @return these types and the new one, never null
     */
    public ScoringRuleTypes with(ScoringRuleType type) {
        Guard.required(type, "type");
        if (types.containsKey(type.name())) {
            throw new IllegalArgumentException("rule type already known: " + type.name());
        }
        Map<String, ScoringRuleType> next = new LinkedHashMap<>(types);
        next.put(type.name(), type);
        return new ScoringRuleTypes(next);
    }

    /**
     * @param definition a rule as data, not null
     * @return the rule, never null
     * @throws DomainException {@code rule.type.unknown}, or the type's own parameter errors
     */
    public ScoringRule create(RuleDefinition definition) {
        ScoringRuleType type = types.get(Guard.required(definition, "rule").type());
        if (type == null) {
            throw new DomainException("rule.type.unknown", "type", definition.type());
        }
        return type.create(definition);
    }

    /** @return the names of the known types, never null */
    public Set<String> names() {
        return types.keySet();
    }
}
