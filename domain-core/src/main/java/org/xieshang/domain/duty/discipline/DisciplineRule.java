package org.xieshang.domain.duty.discipline;

import java.util.function.Consumer;
import org.xieshang.domain.duty.RuleDefinition;

/**
 * A discipline or obligation rule (履职纪律): reads a member's year and reports findings for staff. Rules
 * recommend; people decide. Implement it (with a {@link DisciplineRuleType}) to add your own. Implementations
 * must be immutable and thread-safe.
 */
public interface DisciplineRule {

    /** @return the rule as data, never null */
    RuleDefinition definition();

    /**
     * @param year     the member's year, not null
     * @param findings receives each finding, not null
     */
    void check(MemberYear year, Consumer<FindingDraft> findings);
}
