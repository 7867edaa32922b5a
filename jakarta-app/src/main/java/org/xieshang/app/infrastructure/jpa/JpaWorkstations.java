package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.workstation.Workstation;
import org.xieshang.domain.workstation.WorkstationId;
import org.xieshang.domain.workstation.Workstations;

/** Member workstations stored with JPA. Runs inside the caller's transaction. */
public final class JpaWorkstations implements Workstations {

    private static final WorkstationMapper MAPPER = new WorkstationMapper();

    private final EntityManager em;
    private final AggregateStore<WorkstationEntity, Workstation> store;

    /** @param em the entity manager, not null */
    public JpaWorkstations(EntityManager em) {
        this.em = em;
        this.store = new AggregateStore<>(em, MAPPER);
    }

    @Override
    public Optional<Workstation> find(WorkstationId id) {
        return store.find(id.toString());
    }

    @Override
    public Workstation save(Workstation aggregate) {
        return store.save(aggregate);
    }

    @Override
    public List<Workstation> listOf(CommitteeId committeeId) {
        return em.createQuery("SELECT x FROM WorkstationEntity x WHERE x.committeeId = :committee ORDER BY x.nameSortKey, x.id", WorkstationEntity.class)
                .setParameter("committee", committeeId.toString())
                .getResultList().stream().map(MAPPER::toDomain).toList();
    }
}
