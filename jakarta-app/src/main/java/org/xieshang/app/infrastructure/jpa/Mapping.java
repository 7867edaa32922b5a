package org.xieshang.app.infrastructure.jpa;

import org.xieshang.domain.shared.DomainException;

/**
 * How one aggregate maps to its entity, for {@link AggregateStore}.
 *
 * @param <E> the entity type
 * @param <T> the aggregate type
 */
interface Mapping<E, T> {

    /** @return the aggregate kind for error messages, such as {@code member} */
    String kind();

    Class<E> entityType();

    E newEntity();

    /** Copies every field of the aggregate onto the entity, leaving the entity's version alone. */
    void copy(T aggregate, E entity);

    /** Rebuilds the aggregate, with the entity's version, checking its invariants. */
    T toDomain(E entity);

    /** @return the entity's primary key: its identifier, or an instance of its id class for a composite key */
    Object idOf(T aggregate);

    long versionOf(T aggregate);

    long entityVersion(E entity);

    /** @return the error to report when a unique key of the aggregate is taken */
    DomainException duplicate(T aggregate);
}
