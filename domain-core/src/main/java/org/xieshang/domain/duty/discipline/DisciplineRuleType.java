package org.xieshang.domain.duty.discipline;

import org.xieshang.domain.duty.RuleDefinition;

/** Creates discipline rules of one type from their definitions. Register yours with {@link DisciplineRuleTypes#with}. */
public interface DisciplineRuleType {

    /** @return the type's name, not blank */
    String name();

    /**
     * @param definition a definition of this type, not null
     * @return the rule, never null
     * @throws org.xieshang.domain.shared.DomainException {@code rule.parameter.*} for a missing or invalid parameter
     */
    DisciplineRule create(RuleDefinition definition);
}
