package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.sector.SectorGroup;
import org.xieshang.domain.sector.SectorGroupId;
import org.xieshang.domain.sector.SectorGroups;

/** Sector activity groups stored with JPA. Runs inside the caller's transaction. */
public final class JpaSectorGroups implements SectorGroups {

    private static final SectorGroupMapper MAPPER = new SectorGroupMapper();

    private final EntityManager em;
    private final AggregateStore<SectorGroupEntity, SectorGroup> store;

    /** @param em the entity manager, not null */
    public JpaSectorGroups(EntityManager em) {
        this.em = em;
        this.store = new AggregateStore<>(em, MAPPER);
    }

    @Override
    public Optional<SectorGroup> find(SectorGroupId id) {
        return store.find(id.toString());
    }

    @Override
    public SectorGroup save(SectorGroup aggregate) {
        return store.save(aggregate);
    }

    @Override
    public List<SectorGroup> listOf(CommitteeId committeeId) {
        return em.createQuery("SELECT x FROM SectorGroupEntity x WHERE x.committeeId = :committee ORDER BY x.nameSortKey, x.id", SectorGroupEntity.class)
                .setParameter("committee", committeeId.toString())
                .getResultList().stream().map(MAPPER::toDomain).toList();
    }
}
