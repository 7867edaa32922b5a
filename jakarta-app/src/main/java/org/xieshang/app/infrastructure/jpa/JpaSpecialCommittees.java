package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.specialcommittee.SpecialCommittee;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;
import org.xieshang.domain.specialcommittee.SpecialCommittees;

/** Special committees stored with JPA. Runs inside the caller's transaction. */
public final class JpaSpecialCommittees implements SpecialCommittees {

    private static final SpecialCommitteeMapper MAPPER = new SpecialCommitteeMapper();

    private final EntityManager em;
    private final AggregateStore<SpecialCommitteeEntity, SpecialCommittee> store;

    /** @param em the entity manager, not null */
    public JpaSpecialCommittees(EntityManager em) {
        this.em = em;
        this.store = new AggregateStore<>(em, MAPPER);
    }

    @Override
    public Optional<SpecialCommittee> find(SpecialCommitteeId id) {
        return store.find(id.toString());
    }

    @Override
    public SpecialCommittee save(SpecialCommittee aggregate) {
        return store.save(aggregate);
    }

    @Override
    public List<SpecialCommittee> listOf(CommitteeId committeeId) {
        return em.createQuery("SELECT x FROM SpecialCommitteeEntity x WHERE x.committeeId = :committee ORDER BY x.nameSortKey, x.id", SpecialCommitteeEntity.class)
                .setParameter("committee", committeeId.toString())
                .getResultList().stream().map(MAPPER::toDomain).toList();
    }
}
