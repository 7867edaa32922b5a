package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.activity.Activities;
import org.xieshang.domain.activity.ActivityId;
import org.xieshang.domain.activity.ActivityQuery;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.activity.LeaveStatus;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/** Meetings and activities stored with JPA. Runs inside the caller's transaction. */
public final class JpaActivities implements Activities {

    private static final ActivityMapper MAPPER = new ActivityMapper();

    private final EntityManager em;
    private final AggregateStore<ActivityEntity, DutyActivity> store;

    /** @param em the entity manager, not null */
    public JpaActivities(EntityManager em) {
        this.em = em;
        this.store = new AggregateStore<>(em, MAPPER);
    }

    @Override
    public Optional<DutyActivity> find(ActivityId id) {
        return store.find(id.toString());
    }

    @Override
    public DutyActivity save(DutyActivity activity) {
        return store.save(activity);
    }

    @Override
    public Page<DutyActivity> search(ActivityQuery query, PageRequest request) {
        Conditions conditions = conditions(query);
        long total = conditions.bind(em.createQuery("SELECT COUNT(a) FROM ActivityEntity a" + conditions.where(), Long.class)).getSingleResult();
        List<DutyActivity> items = readOnly(conditions.bind(em.createQuery("SELECT a FROM ActivityEntity a" + conditions.where()
                        + " ORDER BY a.startsAt DESC, a.id", ActivityEntity.class))
                .setFirstResult((int) request.offset()).setMaxResults(request.size())
                .getResultList());
        return new Page<>(items, request, total);
    }

    @Override
    public List<DutyActivity> list(ActivityQuery query) {
        Conditions conditions = conditions(query);
        return readOnly(conditions.bind(em.createQuery("SELECT a FROM ActivityEntity a" + conditions.where() + " ORDER BY a.startsAt, a.id",
                ActivityEntity.class)).getResultList());
    }

    @Override
    public List<DutyActivity> withPendingLeave(CommitteeId committeeId) {
        return readOnly(em.createQuery("SELECT DISTINCT a FROM ActivityEntity a JOIN a.invitations i WHERE a.committeeId = :committee"
                        + " AND i.leaveStatus = :requested ORDER BY a.startsAt, a.id", ActivityEntity.class)
                .setParameter("committee", committeeId.toString())
                .setParameter("requested", LeaveStatus.REQUESTED)
                .getResultList());
    }

    @Override
    public List<DutyActivity> invitingMember(MemberId memberId, ActivityQuery query) {
        Conditions conditions = conditions(query).and("i.memberId = :member", "member", memberId.toString());
        return readOnly(conditions.bind(em.createQuery("SELECT a FROM ActivityEntity a JOIN a.invitations i" + conditions.where()
                + " ORDER BY a.startsAt, a.id", ActivityEntity.class)).getResultList());
    }

    /**
     * Maps listed activities and lets go of their entities: every save has flushed already, and a listing of a year's
     * activities with all their invitations would otherwise be compared at every later flush of the transaction. (A
     * read-only query would read on another connection and wait for this transaction's own uncommitted rows.)
     */
    private List<DutyActivity> readOnly(List<ActivityEntity> entities) {
        List<DutyActivity> activities = entities.stream().map(MAPPER::toDomain).toList();
        entities.forEach(em::detach);
        return activities;
    }

    private static Conditions conditions(ActivityQuery criteria) {
        return new Conditions("a.committeeId = :committee", "committee", criteria.committeeId().toString())
                .and("a.startsAt >= :from", "from", criteria.fromInclusive().atStartOfDay())
                .and("a.startsAt < :until", "until", next(criteria.untilInclusive()).atStartOfDay())
                .and("a.kind = :kind", "kind", criteria.kind().orElse(null));
    }

    private static LocalDate next(LocalDate day) {
        return day.plusDays(1);
    }
}
