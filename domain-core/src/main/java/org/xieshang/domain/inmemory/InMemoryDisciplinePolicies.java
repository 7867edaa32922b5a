package org.xieshang.domain.inmemory;

import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.duty.discipline.DisciplinePolicies;
import org.xieshang.domain.duty.discipline.DisciplinePolicy;
import org.xieshang.domain.duty.discipline.DisciplineRuleTypes;

/** Discipline policies kept in memory. Thread-safe. */
public final class InMemoryDisciplinePolicies implements DisciplinePolicies {

    private final InMemoryStore<CommitteeId, DisciplinePolicy> store = new InMemoryStore<>("discipline-policy", new InMemoryStore.Shape<>() {
        @Override
        public CommitteeId idOf(DisciplinePolicy p) {
            return p.committeeId();
        }

        @Override
        public long versionOf(DisciplinePolicy p) {
            return p.version();
        }

        @Override
        public DisciplinePolicy withVersion(DisciplinePolicy p, long version) {
            return DisciplinePolicy.restore(p.committeeId(), p.basedOn(), p.definitions(), types, version);
        }
    });

    private final DisciplineRuleTypes types;

    /** Knows the built-in rule types. */
    public InMemoryDisciplinePolicies() {
        this(DisciplineRuleTypes.builtIn());
    }

    /** @param types the rule types stored policies may use, not null */
    public InMemoryDisciplinePolicies(DisciplineRuleTypes types) {
        this.types = types;
    }

    @Override
    public Optional<DisciplinePolicy> find(CommitteeId committeeId) {
        return store.find(committeeId);
    }

    @Override
    public DisciplinePolicy save(DisciplinePolicy policy) {
        return store.save(policy);
    }
}
