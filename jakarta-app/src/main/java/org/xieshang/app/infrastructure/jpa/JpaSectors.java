package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.sector.Sector;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.sector.Sectors;

/** Sectors stored with JPA. Runs inside the caller's transaction. */
public final class JpaSectors implements Sectors {

    private static final SectorMapper MAPPER = new SectorMapper();

    private final EntityManager em;
    private final AggregateStore<SectorEntity, Sector> store;

    /** @param em the entity manager, not null */
    public JpaSectors(EntityManager em) {
        this.em = em;
        this.store = new AggregateStore<>(em, MAPPER);
    }

    @Override
    public Optional<Sector> find(SectorId id) {
        return store.find(id.toString());
    }

    @Override
    public Sector save(Sector sector) {
        return store.save(sector);
    }

    @Override
    public List<Sector> listOf(CommitteeId committeeId) {
        return em.createQuery("SELECT s FROM SectorEntity s WHERE s.committeeId = :committee ORDER BY s.displayOrder, s.id", SectorEntity.class)
                .setParameter("committee", committeeId.toString())
                .getResultList().stream().map(MAPPER::toDomain).toList();
    }
}
