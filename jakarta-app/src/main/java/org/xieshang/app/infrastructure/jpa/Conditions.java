package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JPQL WHERE clause built from optional filters: only the filters given become conditions, because Derby refuses a
 * parameter on its own in {@code :p IS NULL}.
 */
final class Conditions {

    private final StringBuilder where;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    Conditions(String first, String name, Object value) {
        where = new StringBuilder(" WHERE ").append(first);
        parameters.put(name, value);
    }

    /** Adds {@code AND condition} binding the value, when the value is given. */
    Conditions and(String condition, String name, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds {@code AND condition} binding several values, always. */
    Conditions and(String condition, Map<String, ?> values) {
        where.append(" AND ").append(condition);
        parameters.putAll(values);
        return this;
    }

    /** Adds {@code AND condition} without a parameter, when asked to. */
    Conditions andIf(boolean wanted, String condition) {
        if (wanted) {
            where.append(" AND ").append(condition);
        }
        return this;
    }

    String where() {
        return where.toString();
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
