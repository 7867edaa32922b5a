package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xieshang.domain.audit.AuditChain;
import org.xieshang.domain.audit.AuditEntry;
import org.xieshang.domain.audit.AuditQuery;
import org.xieshang.domain.audit.AuditRecord;
import org.xieshang.domain.audit.AuditTrail;
import org.xieshang.domain.audit.ChainHead;
import org.xieshang.domain.audit.FieldChange;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/**
 * The audit trail stored with JPA. An append locks the head row (SELECT … FOR UPDATE), so that concurrent
 * appends take turns and the chain never forks; it runs inside the caller's transaction, so an audited
 * change and its record commit or roll back together. Reads are not marked read-only (such queries may run on
 * another connection, which would wait for the caller's own uncommitted record) and do not batch-read the
 * changed fields (EclipseLink 4.0 left null elements in the collection that way): one query per record.
 */
public final class JpaAuditTrail implements AuditTrail {

    private final EntityManager em;
    private final AuditChain chain;

    /**
     * @param em    the entity manager, not null
     * @param chain seals the records, not null
     */
    public JpaAuditTrail(EntityManager em, AuditChain chain) {
        this.em = em;
        this.chain = chain;
    }

    @Override
    public AuditRecord append(AuditEntry entry) {
        AuditHeadEntity head = em.find(AuditHeadEntity.class, AuditHeadEntity.ID, LockModeType.PESSIMISTIC_WRITE);
        AuditRecord record = chain.seal(new ChainHead(head.sequence, head.hash), entry);
        em.persist(toEntity(record));
        head.sequence = record.sequence();
        head.hash = record.hash();
        em.flush();
        return record;
    }

    @Override
    public Page<AuditRecord> search(AuditQuery query, PageRequest request) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, parameters);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AuditRecordEntity a WHERE " + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        TypedQuery<AuditRecordEntity> select = em.createQuery("SELECT a FROM AuditRecordEntity a WHERE " + where + " ORDER BY a.sequence DESC",
                        AuditRecordEntity.class)
                .setFirstResult((int) request.offset()).setMaxResults(request.size());
        parameters.forEach(select::setParameter);
        return new Page<>(select.getResultList().stream().map(JpaAuditTrail::toDomain).toList(), request, total);
    }

    @Override
    public List<AuditRecord> readInOrder(long afterSequence, int limit) {
        return em.createQuery("SELECT a FROM AuditRecordEntity a WHERE a.sequence > :after ORDER BY a.sequence", AuditRecordEntity.class)
                .setParameter("after", afterSequence).setMaxResults(limit)
                .getResultList().stream().map(JpaAuditTrail::toDomain).toList();
    }

    @Override
    public ChainHead head() {
        AuditHeadEntity head = em.find(AuditHeadEntity.class, AuditHeadEntity.ID);
        em.refresh(head);
        return new ChainHead(head.sequence, head.hash);
    }

    private static String where(AuditQuery query, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("1 = 1");
        query.fromInclusive().ifPresent(from -> add(where, parameters, "a.occurredAt >= :from", "from", from));
        query.toExclusive().ifPresent(to -> add(where, parameters, "a.occurredAt < :to", "to", to));
        query.actor().ifPresent(actor -> add(where, parameters, "a.actor = :actor", "actor", actor));
        query.action().ifPresent(action -> add(where, parameters, "a.action = :action", "action", action));
        query.entityType().ifPresent(type -> add(where, parameters, "a.entityType = :type", "type", type));
        query.entityId().ifPresent(id -> add(where, parameters, "a.entityId = :id", "id", id));
        query.committeeId().ifPresent(committee -> add(where, parameters, "a.committeeId = :committee", "committee", committee.toString()));
        return where.toString();
    }

    private static void add(StringBuilder where, Map<String, Object> parameters, String condition, String name, Object value) {
        where.append(" AND ").append(condition);
        parameters.put(name, value);
    }

    private static AuditRecordEntity toEntity(AuditRecord record) {
        AuditEntry e = record.entry();
        AuditRecordEntity entity = new AuditRecordEntity();
        entity.sequence = record.sequence();
        entity.occurredAt = e.occurredAt();
        entity.actor = e.actor();
        entity.committeeId = e.committeeId().map(CommitteeId::toString).orElse(null);
        entity.clientAddress = e.clientAddress();
        entity.action = e.action();
        entity.entityType = e.entityType();
        entity.entityId = e.entityId();
        entity.detail = e.detail();
        entity.previousHash = record.previousHash();
        entity.hash = record.hash();
        for (FieldChange change : e.changes()) {
            AuditRecordEntity.ChangeRow row = new AuditRecordEntity.ChangeRow();
            row.position = entity.changes.size();
            row.fieldName = change.field();
            row.before = change.before();
            row.after = change.after();
            entity.changes.add(row);
        }
        return entity;
    }

    private static AuditRecord toDomain(AuditRecordEntity entity) {
        AuditEntry entry = new AuditEntry(entity.occurredAt, entity.actor, Optional.ofNullable(entity.committeeId).map(CommitteeId::parse),
                entity.clientAddress, entity.action, entity.entityType, entity.entityId,
                entity.changes.stream().sorted(Comparator.comparingInt(row -> row.position))
                        .map(row -> new FieldChange(row.fieldName, row.before, row.after)).toList(), entity.detail);
        return new AuditRecord(entity.sequence, entry, entity.previousHash, entity.hash);
    }
}
