package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.duty.RuleDefinition;
import org.xieshang.domain.duty.discipline.DisciplinePolicies;
import org.xieshang.domain.duty.discipline.DisciplinePolicy;
import org.xieshang.domain.duty.discipline.DisciplineRuleTypes;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DomainException;

/** Committees' discipline policies stored with JPA. Runs inside the caller's transaction. */
public final class JpaDisciplinePolicies implements DisciplinePolicies {

    private final AggregateStore<DisciplinePolicyEntity, DisciplinePolicy> store;

    /**
     * @param em    the entity manager, not null
     * @param types the rule types stored policies use, not null
     */
    public JpaDisciplinePolicies(EntityManager em, DisciplineRuleTypes types) {
        this.store = new AggregateStore<>(em, new Mapper(types));
    }

    @Override
    public Optional<DisciplinePolicy> find(CommitteeId committeeId) {
        return store.find(committeeId.toString());
    }

    @Override
    public DisciplinePolicy save(DisciplinePolicy policy) {
        return store.save(policy);
    }

    /** Maps policies with their ordered rules. */
    private record Mapper(DisciplineRuleTypes types) implements Mapping<DisciplinePolicyEntity, DisciplinePolicy> {

        @Override
        public String kind() {
            return "discipline-policy";
        }

        @Override
        public Class<DisciplinePolicyEntity> entityType() {
            return DisciplinePolicyEntity.class;
        }

        @Override
        public DisciplinePolicyEntity newEntity() {
            return new DisciplinePolicyEntity();
        }

        @Override
        public void copy(DisciplinePolicy policy, DisciplinePolicyEntity entity) {
            entity.committeeId = policy.committeeId().toString();
            entity.preset = policy.basedOn().orElse(null);
            entity.rules.clear();
            List<RuleDefinition> definitions = policy.definitions();
            for (int i = 0; i < definitions.size(); i++) {
                DisciplinePolicyEntity.RuleRow row = new DisciplinePolicyEntity.RuleRow();
                row.number = i;
                row.type = definitions.get(i).type();
                row.parameters = TextCodec.map(definitions.get(i).parameters());
                entity.rules.add(row);
            }
        }

        @Override
        public DisciplinePolicy toDomain(DisciplinePolicyEntity entity) {
            List<RuleDefinition> definitions = entity.rules.stream().sorted(Comparator.comparingInt(r -> r.number))
                    .map(r -> new RuleDefinition(r.type, TextCodec.map(r.parameters))).toList();
            return DisciplinePolicy.restore(CommitteeId.parse(entity.committeeId), Optional.ofNullable(entity.preset), definitions, types, entity.version);
        }

        @Override
        public String idOf(DisciplinePolicy policy) {
            return policy.committeeId().toString();
        }

        @Override
        public long versionOf(DisciplinePolicy policy) {
            return policy.version();
        }

        @Override
        public long entityVersion(DisciplinePolicyEntity entity) {
            return entity.version;
        }

        @Override
        public DomainException duplicate(DisciplinePolicy policy) {
            return new ConcurrentUpdateException("discipline-policy", policy.committeeId(), policy.version());
        }
    }
}
