package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Optional;
import org.xieshang.domain.shared.ConcurrentUpdateException;

/**
 * Finds and saves one kind of aggregate through its entity with the semantics the storage contract asks
 * for: a new aggregate has version 0, every save raises the version by one, a stale version or a taken
 * unique key is refused with a domain error and nothing is written.
 *
 * @param <E> the entity type
 * @param <T> the aggregate type
 */
final class AggregateStore<E, T> {

    /** SQL state of a unique or primary key violation, the same on Derby and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final EntityManager em;
    private final Mapping<E, T> mapping;

    AggregateStore(EntityManager em, Mapping<E, T> mapping) {
        this.em = em;
        this.mapping = mapping;
    }

    /** @param id the entity's primary key: its identifier, or an instance of its id class for a composite key */
    Optional<T> find(Object id) {
        return Optional.ofNullable(em.find(mapping.entityType(), id)).map(mapping::toDomain);
    }

    T save(T aggregate) {
        Object id = mapping.idOf(aggregate);
        long expected = mapping.versionOf(aggregate);
        E entity = em.find(mapping.entityType(), id);
        if (entity == null) {
            if (expected != 0) {
                throw new ConcurrentUpdateException(mapping.kind(), id, expected);
            }
            entity = mapping.newEntity();
            mapping.copy(aggregate, entity);
            em.persist(entity);
            flush(aggregate, id, expected);
            return mapping.toDomain(entity);
        }
        if (mapping.entityVersion(entity) != expected) {
            throw new ConcurrentUpdateException(mapping.kind(), id, expected);
        }
        mapping.copy(aggregate, entity);
        flush(aggregate, id, expected);
        if (mapping.entityVersion(entity) == expected) {
            raiseVersion(entity, id, expected);
        }
        return mapping.toDomain(entity);
    }

    /**
     * Raises the version when the flush wrote no change to the entity's own row (only a child row changed, or nothing
     * did): every save is a new version. By statement, because EclipseLink drops a forced increment
     * (the {@code *_FORCE_INCREMENT} lock modes) once the transaction has flushed before, such as a duty credit written
     * just before the save.
     */
    private void raiseVersion(E entity, Object id, long expected) {
        String name = em.getMetamodel().entity(mapping.entityType()).getName();
        int raised = em.createQuery("UPDATE " + name + " e SET e.version = e.version + 1 WHERE e = :entity AND e.version = :expected")
                .setParameter("entity", entity).setParameter("expected", expected).executeUpdate();
        if (raised != 1) {
            throw new ConcurrentUpdateException(mapping.kind(), id, expected);
        }
        em.refresh(entity);
    }

    /**
     * @param id       the entity's primary key
     * @param expected the version the caller read
     * @return whether there was one to delete
     * @throws ConcurrentUpdateException if it has another version, or changes before the delete reaches the
     *                                   database; nothing is deleted
     */
    boolean delete(Object id, long expected) {
        E entity = em.find(mapping.entityType(), id);
        if (entity == null) {
            return false;
        }
        if (mapping.entityVersion(entity) != expected) {
            throw new ConcurrentUpdateException(mapping.kind(), id, expected);
        }
        em.remove(entity);
        try {
            // The DELETE names the version read, so a change committed meanwhile makes it fail here.
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentUpdateException(mapping.kind(), id, expected);
        }
        return true;
    }

    private void flush(T aggregate, Object id, long expected) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentUpdateException(mapping.kind(), id, expected);
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw mapping.duplicate(aggregate);
            }
            throw e;
        }
    }

    /** @return whether the error, or one of its causes, is a unique or primary key violation */
    static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
