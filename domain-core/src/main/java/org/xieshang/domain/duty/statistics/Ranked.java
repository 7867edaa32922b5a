package org.xieshang.domain.duty.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.xieshang.domain.shared.Guard;

/**
 * An item with its rank. Ranks are competition ranks: equal values share a rank and the next rank skips
 * (1, 2, 2, 4). Immutable and thread-safe.
 *
 * @param rank from 1
 * @param item the ranked item, not null
 * @param <T>  the item type
 */
public record Ranked<T>(int rank, T item) {

    /** Validates both fields. */
    public Ranked {
        Guard.check(rank >= 1, "rank.invalid", "rank");
        Guard.required(item, "item");
    }

    /**
     * Ranks items by a value, highest first; items with equal values keep the order they came in (sort them by name
     * first for a name order within ties).
     *
     * @param items the items, not null
     * @param value what they are ranked by, not null
     * @param <T>   the item type
     * @param <V>   the value type
     * @return the ranked items, highest first; never null
     */
    public static <T, V extends Comparable<V>> List<Ranked<T>> rank(List<T> items, Function<T, V> value) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(value, Comparator.reverseOrder()));
        List<Ranked<T>> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            boolean tie = i > 0 && value.apply(sorted.get(i)).compareTo(value.apply(sorted.get(i - 1))) == 0;
            ranked.add(new Ranked<>(tie ? ranked.get(i - 1).rank() : i + 1, sorted.get(i)));
        }
        return ranked;
    }
}
