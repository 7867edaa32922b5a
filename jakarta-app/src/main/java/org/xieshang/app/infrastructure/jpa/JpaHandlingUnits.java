package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.committee.HandlingUnits;

/** Handling units stored with JPA. Runs inside the caller's transaction. */
public final class JpaHandlingUnits implements HandlingUnits {

    private static final HandlingUnitMapper MAPPER = new HandlingUnitMapper();

    private final EntityManager em;
    private final AggregateStore<HandlingUnitEntity, HandlingUnit> store;

    /** @param em the entity manager, not null */
    public JpaHandlingUnits(EntityManager em) {
        this.em = em;
        this.store = new AggregateStore<>(em, MAPPER);
    }

    @Override
    public Optional<HandlingUnit> find(HandlingUnitId id) {
        return store.find(id.toString());
    }

    @Override
    public HandlingUnit save(HandlingUnit unit) {
        return store.save(unit);
    }

    @Override
    public List<HandlingUnit> ofCommittee(CommitteeId committeeId, boolean activeOnly) {
        TypedQuery<HandlingUnitEntity> query = em.createQuery("SELECT x FROM HandlingUnitEntity x WHERE x.committeeId = :committee"
                + (activeOnly ? " AND x.active = :active" : "") + " ORDER BY x.nameSortKey, x.id", HandlingUnitEntity.class)
                .setParameter("committee", committeeId.toString());
        if (activeOnly) {
            query.setParameter("active", true);
        }
        return query.getResultList().stream().map(MAPPER::toDomain).toList();
    }
}
