package org.xieshang.domain.duty.scoring;

import org.xieshang.domain.duty.RuleDefinition;

/**
 * Creates scoring rules of one type from their definitions. Register yours with
 * {@link ScoringRuleTypes#with(ScoringRuleType)}.
 */
public interface ScoringRuleType {

    /** @return the type's name, as definitions carry it; not blank */
    String name();

    /**
     * @param definition a definition of this type, not null
     * @return the rule, never null
     * @throws org.xieshang.domain.shared.DomainException {@code rule.parameter.*} if a parameter is missing or invalid
     */
    ScoringRule create(RuleDefinition definition);
}
