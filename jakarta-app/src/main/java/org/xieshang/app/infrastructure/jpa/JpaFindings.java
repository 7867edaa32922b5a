package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.duty.discipline.Finding;
import org.xieshang.domain.duty.discipline.FindingId;
import org.xieshang.domain.duty.discipline.FindingKind;
import org.xieshang.domain.duty.discipline.FindingQuery;
import org.xieshang.domain.duty.discipline.Findings;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/** Findings stored with JPA. Runs inside the caller's transaction. */
public final class JpaFindings implements Findings {

    private static final FindingMapper MAPPER = new FindingMapper();

    private final EntityManager em;
    private final AggregateStore<FindingEntity, Finding> store;

    /** @param em the entity manager, not null */
    public JpaFindings(EntityManager em) {
        this.em = em;
        this.store = new AggregateStore<>(em, MAPPER);
    }

    @Override
    public Optional<Finding> find(FindingId id) {
        return store.find(id.toString());
    }

    @Override
    public Optional<Finding> find(MemberId memberId, FindingKind kind, int year) {
        return em.createQuery("SELECT f FROM FindingEntity f WHERE f.memberId = :member AND f.kind = :kind AND f.year = :year", FindingEntity.class)
                .setParameter("member", memberId.toString())
                .setParameter("kind", kind)
                .setParameter("year", year)
                .getResultList().stream().findFirst().map(MAPPER::toDomain);
    }

    @Override
    public Finding save(Finding finding) {
        return store.save(finding);
    }

    @Override
    public Page<Finding> search(FindingQuery query, PageRequest request) {
        Conditions conditions = conditions(query);
        long total = conditions.bind(em.createQuery("SELECT COUNT(f) FROM FindingEntity f" + conditions.where(), Long.class)).getSingleResult();
        List<Finding> items = conditions.bind(em.createQuery("SELECT f FROM FindingEntity f" + conditions.where() + " ORDER BY f.raisedAt DESC, f.id",
                        FindingEntity.class))
                .setFirstResult((int) request.offset()).setMaxResults(request.size())
                .getResultList().stream().map(MAPPER::toDomain).toList();
        return new Page<>(items, request, total);
    }

    private static Conditions conditions(FindingQuery criteria) {
        return new Conditions("f.committeeId = :committee", "committee", criteria.committeeId().toString())
                .and("f.year = :year", "year", criteria.year().orElse(null))
                .and("f.kind = :kind", "kind", criteria.kind().orElse(null))
                .and("f.memberId = :member", "member", criteria.memberId().map(MemberId::toString).orElse(null))
                .andIf(criteria.open().orElse(false), "f.outcome IS NULL")
                .andIf(!criteria.open().orElse(true), "f.outcome IS NOT NULL");
    }
}
