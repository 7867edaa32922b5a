package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.shared.NameCollation;

/** Committees stored with JPA. Runs inside the caller's transaction. */
public final class JpaCommittees implements Committees {

    private static final CommitteeMapper MAPPER = new CommitteeMapper();

    private final EntityManager em;
    private final AggregateStore<CommitteeEntity, Committee> store;

    /** @param em the entity manager, not null */
    public JpaCommittees(EntityManager em) {
        this.em = em;
        this.store = new AggregateStore<>(em, MAPPER);
    }

    @Override
    public Optional<Committee> find(CommitteeId id) {
        return store.find(id.toString());
    }

    @Override
    public Committee save(Committee committee) {
        return store.save(committee);
    }

    @Override
    public List<Committee> all() {
        List<CommitteeEntity> entities = em.createQuery("SELECT c FROM CommitteeEntity c", CommitteeEntity.class).getResultList();
        // Level order is the enum's order, which SQL cannot see: sort the few committees here.
        return entities.stream().map(MAPPER::toDomain)
                .sorted(Comparator.comparing(Committee::level)
                        .thenComparing(Committee::name, NameCollation.pinyinOrder()))
                .toList();
    }

    @Override
    public List<Committee> childrenOf(CommitteeId parentId) {
        return em.createQuery("SELECT c FROM CommitteeEntity c WHERE c.parentId = :parent ORDER BY c.nameSortKey, c.id", CommitteeEntity.class)
                .setParameter("parent", parentId.toString())
                .getResultList().stream().map(MAPPER::toDomain).toList();
    }
}
