package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xieshang.app.application.feed.ChangeFeed;
import org.xieshang.app.application.feed.FeedEntry;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnitId;

/**
 * The change feed in the database. An append locks the head row until its transaction ends, so sequence numbers are
 * given in commit order and a reader never finds a gap filled later.
 */
public final class JpaChangeFeed implements ChangeFeed {

    private final EntityManager em;

    /** @param em the entity manager, not null */
    public JpaChangeFeed(EntityManager em) {
        this.em = em;
    }

    @Override
    public FeedEntry append(CommitteeId committeeId, String itemType, String itemId, long itemVersion, String payload, Instant at,
                            Set<HandlingUnitId> units) {
        ChangeFeedHeadEntity head = em.find(ChangeFeedHeadEntity.class, ChangeFeedHeadEntity.ID, LockModeType.PESSIMISTIC_WRITE);
        head.sequence++;
        ChangeFeedEntity entry = new ChangeFeedEntity();
        entry.sequence = head.sequence;
        entry.committeeId = committeeId.toString();
        entry.itemType = itemType;
        entry.itemId = itemId;
        entry.itemVersion = itemVersion;
        entry.removed = payload == null;
        entry.changedAt = at;
        entry.payload = payload;
        units.forEach(unit -> entry.unitIds.add(unit.toString()));
        em.persist(entry);
        return toEntry(entry);
    }

    @Override
    public List<FeedEntry> read(List<CommitteeId> committeeIds, long since, int limit) {
        return em.createQuery("SELECT e FROM ChangeFeedEntity e WHERE e.committeeId IN :committees AND e.sequence > :since ORDER BY e.sequence",
                        ChangeFeedEntity.class)
                .setParameter("committees", committeeIds.stream().map(Object::toString).toList())
                .setParameter("since", since)
                .setMaxResults(limit)
                .setHint("eclipselink.read-only", "true")
                .getResultList().stream().map(JpaChangeFeed::toEntry).toList();
    }

    @Override
    public List<FeedEntry> readForUnit(HandlingUnitId unitId, long since, int limit) {
        return em.createQuery("SELECT e FROM ChangeFeedEntity e JOIN e.unitIds u WHERE u = :unit AND e.sequence > :since ORDER BY e.sequence",
                        ChangeFeedEntity.class)
                .setParameter("unit", unitId.toString())
                .setParameter("since", since)
                .setMaxResults(limit)
                .setHint("eclipselink.read-only", "true")
                .getResultList().stream().map(JpaChangeFeed::toEntry).toList();
    }

    private static FeedEntry toEntry(ChangeFeedEntity e) {
        return new FeedEntry(e.sequence, e.committeeId, e.itemType, e.itemId, e.itemVersion, e.removed, e.changedAt, Optional.ofNullable(e.payload));
    }
}
