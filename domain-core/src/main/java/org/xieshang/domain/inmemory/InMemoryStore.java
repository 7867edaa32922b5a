package org.xieshang.domain.inmemory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.xieshang.domain.shared.ConcurrentUpdateException;

/**
 * The storage behind every in-memory port: a map of aggregates that checks versions the way a database
 * with optimistic locking does. Thread-safe.
 *
 * @param <I> the identifier type
 * @param <T> the aggregate type
 */
final class InMemoryStore<I, T> {

    /** How the store reads and bumps an aggregate's identity and version. */
    interface Shape<I, T> {
        I idOf(T item);

        long versionOf(T item);

        T withVersion(T item, long version);
    }

    private final String kind;
    private final Shape<I, T> shape;
    private final Map<I, T> items = new LinkedHashMap<>();

    InMemoryStore(String kind, Shape<I, T> shape) {
        this.kind = kind;
        this.shape = shape;
    }

    synchronized Optional<T> find(I id) {
        return Optional.ofNullable(items.get(id));
    }

    /**
     * @param item        the aggregate as read and changed, at version 0 if new
     * @param uniqueCheck throws if another stored aggregate conflicts with it (a unique key), given the others
     * @return the stored aggregate with the next version
     */
    synchronized T save(T item, Consumer<List<T>> uniqueCheck) {
        I id = shape.idOf(item);
        T stored = items.get(id);
        long expected = shape.versionOf(item);
        if (stored == null ? expected != 0 : shape.versionOf(stored) != expected) {
            throw new ConcurrentUpdateException(kind, id, expected);
        }
        List<T> others = new ArrayList<>(items.values());
        others.removeIf(other -> shape.idOf(other).equals(id));
        uniqueCheck.accept(others);
        T saved = shape.withVersion(item, expected + 1);
        items.put(id, saved);
        return saved;
    }

    synchronized T save(T item) {
        return save(item, others -> { });
    }

    /**
     * @param id              the aggregate's identifier
     * @param expectedVersion the version the caller read
     * @return whether there was one to delete
     * @throws ConcurrentUpdateException if the stored one has another version; nothing is deleted
     */
    synchronized boolean delete(I id, long expectedVersion) {
        T stored = items.get(id);
        if (stored == null) {
            return false;
        }
        if (shape.versionOf(stored) != expectedVersion) {
            throw new ConcurrentUpdateException(kind, id, expectedVersion);
        }
        items.remove(id);
        return true;
    }

    synchronized List<T> filter(Predicate<T> predicate) {
        return items.values().stream().filter(predicate).toList();
    }

}
