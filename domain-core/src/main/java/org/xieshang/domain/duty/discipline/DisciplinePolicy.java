package org.xieshang.domain.duty.discipline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.duty.RuleDefinition;
import org.xieshang.domain.shared.Guard;

/**
 * A committee's discipline and obligation rules with their parameters, usually started from a
 * {@link DisciplinePreset}. Aggregate root (one per committee); immutable and thread-safe.
 */
public final class DisciplinePolicy {

    private final CommitteeId committeeId;
    private final Optional<DisciplinePreset> basedOn;
    private final List<DisciplineRule> rules;
    private final long version;

    private DisciplinePolicy(CommitteeId committeeId, Optional<DisciplinePreset> basedOn, List<RuleDefinition> definitions,
                             DisciplineRuleTypes types, long version) {
        this.committeeId = Guard.required(committeeId, "committeeId");
        this.basedOn = Guard.required(basedOn, "preset");
        Guard.required(types, "types");
        this.rules = Guard.required(definitions, "rules").stream().map(types::create).toList();
        Guard.check(version >= 0, "version.negative", "version");
        this.version = version;
    }

    /**
     * @param committeeId the committee, not null
     * @param preset      the preset, not null
     * @return the preset's rules for the committee, at version 0
     */
    public static DisciplinePolicy of(CommitteeId committeeId, DisciplinePreset preset) {
        return new DisciplinePolicy(committeeId, Optional.of(preset), preset.rules(), DisciplineRuleTypes.builtIn(), 0);
    }

    /**
     * Rebuilds a stored policy. For storage adapters.
     *
     * @param committeeId the committee, not null
     * @param basedOn     the preset it started from, if any
     * @param definitions the rules, not null
     * @param types       the rule types, not null
     * @param version     stored version
     * @return the policy, never null
     */
    public static DisciplinePolicy restore(CommitteeId committeeId, Optional<DisciplinePreset> basedOn, List<RuleDefinition> definitions,
                                           DisciplineRuleTypes types, long version) {
        return new DisciplinePolicy(committeeId, basedOn, definitions, types, version);
    }

    /**
     * @param definitions the new rules with their parameters, not null
     * @param types       the rule types, not null
     * @return this policy with the new rules, never null
     * @throws org.xieshang.domain.shared.DomainException for an unknown type or an invalid parameter
     */
    public DisciplinePolicy withRules(List<RuleDefinition> definitions, DisciplineRuleTypes types) {
        return new DisciplinePolicy(committeeId, basedOn, definitions, types, version);
    }

    /**
     * @param year     a member's year, not null
     * @param findings receives what every rule finds, not null
     */
    public void check(MemberYear year, Consumer<FindingDraft> findings) {
        for (DisciplineRule rule : rules) {
            rule.check(year, findings);
        }
    }

    /** @return the committee, never null */
    public CommitteeId committeeId() {
        return committeeId;
    }

    /** @return the preset it started from, if any */
    public Optional<DisciplinePreset> basedOn() {
        return basedOn;
    }

    /** @return the rules, never null */
    public List<DisciplineRule> rules() {
        return rules;
    }

    /** @return the rules as data, never null */
    public List<RuleDefinition> definitions() {
        return rules.stream().map(DisciplineRule::definition).toList();
    }

    /** @return the stored version; 0 if never stored */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DisciplinePolicy other && committeeId.equals(other.committeeId) && version == other.version
                && basedOn.equals(other.basedOn) && definitions().equals(other.definitions());
    }

    @Override
    public int hashCode() {
        return Objects.hash(committeeId, version);
    }

    @Override
    public String toString() {
        return "DisciplinePolicy[" + basedOn.map(Enum::name).orElse("custom") + ", " + rules.size() + " rules, v" + version + "]";
    }
}
