package org.xieshang.domain.duty.discipline;

import java.util.List;
import org.xieshang.domain.duty.SourceRef;
import org.xieshang.domain.shared.Guard;

/**
 * What a rule found about a member, before it becomes a {@link Finding}. Immutable and thread-safe.
 *
 * @param kind        what was found, not null
 * @param ruleType    the rule type that found it, not blank
 * @param explanation a message code explaining it (texts in the domain messages), not blank
 * @param arguments   the explanation's arguments, not null
 * @param evidence    the records it rests on (absences, for instance), not null
 */
public record FindingDraft(FindingKind kind, String ruleType, String explanation, List<String> arguments, List<SourceRef> evidence) {

    /** Validates and copies. */
    public FindingDraft {
        Guard.required(kind, "kind");
        ruleType = Guard.text(ruleType, "ruleType", 100);
        explanation = Guard.text(explanation, "explanation", 100);
        arguments = List.copyOf(Guard.required(arguments, "arguments"));
        evidence = List.copyOf(Guard.required(evidence, "evidence"));
    }
}
