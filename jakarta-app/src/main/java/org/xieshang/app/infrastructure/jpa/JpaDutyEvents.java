package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.duty.DutyEventId;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.DutyEvents;
import org.xieshang.domain.duty.SourceRef;
import org.xieshang.domain.duty.SourceType;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.DuplicateException;

/**
 * Duty events stored with JPA. Runs inside the caller's transaction. A committee's events are streamed as plain rows
 * page by page (keyset on member and id), so that a large committee does not fill the persistence context.
 */
public final class JpaDutyEvents implements DutyEvents {

    /** Rows per page when streaming a committee's events. */
    static final int PAGE = 20_000;
    private static final String COLUMNS = "SELECT e.id, e.memberId, e.kind, e.occurredOn, e.sourceType, e.sourceReference, e.title, e.recordedAt";

    private final EntityManager em;

    /** @param em the entity manager, not null */
    public JpaDutyEvents(EntityManager em) {
        this.em = em;
    }

    @Override
    public DutyEvent add(DutyEvent event) {
        boolean taken = !em.createQuery("SELECT e.id FROM DutyEventEntity e WHERE e.memberId = :member AND e.sourceType = :type"
                        + " AND e.sourceReference = :reference AND e.kind = :kind", String.class)
                .setParameter("member", event.memberId().toString())
                .setParameter("type", event.source().type())
                .setParameter("reference", event.source().reference())
                .setParameter("kind", event.kind())
                .setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw duplicate(event);
        }
        DutyEventEntity entity = entity(event);
        em.persist(entity);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (AggregateStore.isUniqueViolation(e)) {
                // Another transaction recorded the same fact between the check and the insert.
                throw duplicate(event);
            }
            throw e;
        }
        // Events are never changed: keep the persistence context (and every later flush) small.
        em.detach(entity);
        return event;
    }

    /**
     * Writes the batch in one flush; the unique key on the fact refuses a duplicate, which marks the caller's transaction
     * for rollback, so that nothing of the batch is written.
     */
    @Override
    public void addAll(List<DutyEvent> batch) {
        Set<String> facts = new HashSet<>();
        List<DutyEventEntity> entities = new ArrayList<>(batch.size());
        for (DutyEvent event : batch) {
            if (!facts.add(event.memberId() + "/" + event.kind() + "/" + event.source())) {
                throw duplicate(event);
            }
            DutyEventEntity entity = entity(event);
            em.persist(entity);
            entities.add(entity);
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (AggregateStore.isUniqueViolation(e)) {
                throw new DuplicateException("duty-event.duplicate", "kind", batch.get(0).kind(), batch.get(0).source());
            }
            throw e;
        }
        entities.forEach(em::detach);
    }

    private static DuplicateException duplicate(DutyEvent event) {
        return new DuplicateException("duty-event.duplicate", "kind", event.kind(), event.source());
    }

    private static DutyEventEntity entity(DutyEvent event) {
        DutyEventEntity entity = new DutyEventEntity();
        entity.id = event.id().toString();
        entity.committeeId = event.committeeId().toString();
        entity.memberId = event.memberId().toString();
        entity.kind = event.kind();
        entity.occurredOn = event.occurredOn();
        entity.sourceType = event.source().type();
        entity.sourceReference = event.source().reference();
        entity.title = event.title();
        entity.recordedAt = event.recordedAt();
        return entity;
    }

    @Override
    public int removeFrom(MemberId memberId, SourceRef source) {
        List<DutyEventEntity> found = em.createQuery("SELECT e FROM DutyEventEntity e WHERE e.memberId = :member AND e.sourceType = :type"
                        + " AND e.sourceReference = :reference", DutyEventEntity.class)
                .setParameter("member", memberId.toString())
                .setParameter("type", source.type())
                .setParameter("reference", source.reference())
                .getResultList();
        found.forEach(em::remove);
        em.flush();
        return found.size();
    }

    @Override
    public boolean remove(DutyEventId id) {
        DutyEventEntity entity = em.find(DutyEventEntity.class, id.toString());
        if (entity == null) {
            return false;
        }
        em.remove(entity);
        em.flush();
        return true;
    }

    @Override
    public Optional<DutyEvent> find(DutyEventId id) {
        return Optional.ofNullable(em.find(DutyEventEntity.class, id.toString())).map(JpaDutyEvents::toDomain);
    }

    @Override
    public List<DutyEvent> ofMember(MemberId memberId, LocalDate fromInclusive, LocalDate untilInclusive) {
        return em.createQuery("SELECT e FROM DutyEventEntity e WHERE e.memberId = :member AND e.occurredOn >= :from AND e.occurredOn <= :until"
                        + " ORDER BY e.occurredOn, e.id", DutyEventEntity.class)
                .setParameter("member", memberId.toString())
                .setParameter("from", fromInclusive)
                .setParameter("until", untilInclusive)
                .getResultList().stream().map(JpaDutyEvents::toDomain).toList();
    }

    @Override
    public void forEachOfCommittee(CommitteeId committeeId, LocalDate fromInclusive, LocalDate untilInclusive, Consumer<DutyEvent> sink) {
        String lastMember = "";
        String lastId = "";
        while (true) {
            List<Object[]> rows = em.createQuery(COLUMNS + " FROM DutyEventEntity e WHERE e.committeeId = :committee AND e.occurredOn >= :from"
                            + " AND e.occurredOn <= :until AND (e.memberId > :lastMember OR (e.memberId = :lastMember AND e.id > :lastId))"
                            + " ORDER BY e.memberId, e.id", Object[].class)
                    .setParameter("committee", committeeId.toString())
                    .setParameter("from", fromInclusive)
                    .setParameter("until", untilInclusive)
                    .setParameter("lastMember", lastMember)
                    .setParameter("lastId", lastId)
                    .setMaxResults(PAGE)
                    .getResultList();
            for (Object[] row : rows) {
                sink.accept(new DutyEvent(DutyEventId.parse((String) row[0]), committeeId, MemberId.parse((String) row[1]), (DutyEventKind) row[2],
                        (LocalDate) row[3], new SourceRef((SourceType) row[4], (String) row[5]), (String) row[6], (Instant) row[7]));
            }
            if (rows.size() < PAGE) {
                return;
            }
            Object[] last = rows.get(rows.size() - 1);
            lastMember = (String) last[1];
            lastId = (String) last[0];
        }
    }

    private static DutyEvent toDomain(DutyEventEntity e) {
        return new DutyEvent(DutyEventId.parse(e.id), CommitteeId.parse(e.committeeId), MemberId.parse(e.memberId), e.kind, e.occurredOn,
                new SourceRef(e.sourceType, e.sourceReference), e.title, e.recordedAt);
    }
}
