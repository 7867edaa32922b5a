package org.xieshang.domain.duty.scoring;

import java.math.BigDecimal;
import org.xieshang.domain.shared.DomainException;

/**
 * A number of points with one decimal place, as scoring schemes use them (2.5 分). Held as tenths so that sums
 * are exact. Immutable and thread-safe.
 *
 * @param tenths the points times ten
 */
public record Points(int tenths) implements Comparable<Points> {

    /** No points. */
    public static final Points ZERO = new Points(0);

    /**
     * @param whole whole points
     * @return the points, never null
     */
    public static Points of(int whole) {
        return new Points(Math.multiplyExact(whole, 10));
    }

    /**
     * @param text points such as {@code 2.5} or {@code -5}
     * @param field the input field, for the error; not null
     * @return the points, never null
     * @throws DomainException {@code points.invalid} for anything else, or more than one decimal place
     */
    public static Points parse(String text, String field) {
        try {
            BigDecimal value = new BigDecimal(text.strip()).movePointRight(1);
            return new Points(value.intValueExact());
        } catch (RuntimeException e) {
            throw new DomainException("points.invalid", field, text);
        }
    }

    /**
     * @param other points to add, not null
     * @return the sum, never null
     */
    public Points plus(Points other) {
        return new Points(Math.addExact(tenths, other.tenths));
    }

    /**
     * @param times how many times
     * @return these points that many times, never null
     */
    public Points times(int times) {
        return new Points(Math.multiplyExact(tenths, times));
    }

    /** @return whether below zero */
    public boolean isNegative() {
        return tenths < 0;
    }

    /** @return the absolute value, never null */
    public Points abs() {
        return new Points(Math.abs(tenths));
    }

    /** @return the value as a decimal, such as 2.5, never null */
    public BigDecimal toDecimal() {
        return tenths % 10 == 0 ? BigDecimal.valueOf(tenths / 10) : BigDecimal.valueOf(tenths, 1);
    }

    @Override
    public int compareTo(Points other) {
        return Integer.compare(tenths, other.tenths);
    }

    /** @return the points as written: {@code 2.5}, {@code 60}, {@code -5} */
    @Override
    public String toString() {
        return toDecimal().toPlainString();
    }
}
