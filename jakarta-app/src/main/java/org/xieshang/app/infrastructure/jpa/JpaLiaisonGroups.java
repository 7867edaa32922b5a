package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.liaison.LiaisonGroup;
import org.xieshang.domain.liaison.LiaisonGroupId;
import org.xieshang.domain.liaison.LiaisonGroups;
import org.xieshang.domain.member.MemberId;

/** Member liaison groups stored with JPA. Runs inside the caller's transaction. */
public final class JpaLiaisonGroups implements LiaisonGroups {

    private static final LiaisonGroupMapper MAPPER = new LiaisonGroupMapper();

    private final EntityManager em;
    private final AggregateStore<LiaisonGroupEntity, LiaisonGroup> store;

    /** @param em the entity manager, not null */
    public JpaLiaisonGroups(EntityManager em) {
        this.em = em;
        this.store = new AggregateStore<>(em, MAPPER);
    }

    @Override
    public Optional<LiaisonGroup> find(LiaisonGroupId id) {
        return store.find(id.toString());
    }

    @Override
    public LiaisonGroup save(LiaisonGroup aggregate) {
        return store.save(aggregate);
    }

    @Override
    public List<LiaisonGroup> listOf(CommitteeId committeeId) {
        return em.createQuery("SELECT x FROM LiaisonGroupEntity x WHERE x.committeeId = :committee ORDER BY x.nameSortKey, x.id", LiaisonGroupEntity.class)
                .setParameter("committee", committeeId.toString())
                .getResultList().stream().map(MAPPER::toDomain).toList();
    }

    @Override
    public Optional<LiaisonGroup> findByMember(MemberId memberId) {
        return em.createQuery("SELECT x FROM LiaisonGroupEntity x JOIN x.memberIds m WHERE m = :member", LiaisonGroupEntity.class)
                .setParameter("member", memberId.toString())
                .getResultList().stream().findFirst().map(MAPPER::toDomain);
    }
}
