package org.xieshang.domain.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Guard;

/**
 * The text form of a set of days that the shipped holiday schedules use, so that a schedule can be pasted or typed
 * the way the State Council's notice reads: ISO days separated by commas, a run of days as a range, as in
 * {@code 2026-01-04, 2026-02-15..2026-02-23}.
 */
public final class DayLists {

    /** Longest range, in days: a schedule covers one year, so a longer one is a typing error. */
    private static final long MAX_RANGE_DAYS = 366;

    private DayLists() {
    }

    /**
     * @param text  days and ranges of days separated by commas, white space ignored; may be null or blank for none
     * @param field the input field, for the error
     * @return the days, sorted and unmodifiable; never null
     * @throws DomainException {@code calendar.day.unreadable} naming an item that is no ISO day or range,
     *                         {@code calendar.range.invalid} for a range that runs backwards or over more than a year
     */
    public static Set<LocalDate> parse(String text, String field) {
        Set<LocalDate> days = new TreeSet<>();
        if (text != null) {
            for (String part : text.split(",")) {
                String item = part.strip();
                if (!item.isEmpty()) {
                    addItem(item, field, days);
                }
            }
        }
        return Collections.unmodifiableSet(days);
    }

    /**
     * @param days days, not null
     * @return the days sorted in the form {@link #parse} reads, each run of consecutive days as a range; empty for none
     */
    public static String format(Collection<LocalDate> days) {
        List<String> items = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        for (LocalDate day : new TreeSet<>(Guard.required(days, "days"))) {
            if (last != null && day.equals(last.plusDays(1))) {
                last = day;
                continue;
            }
            if (first != null) {
                items.add(item(first, last));
            }
            first = day;
            last = day;
        }
        if (first != null) {
            items.add(item(first, last));
        }
        return String.join(", ", items);
    }

    private static void addItem(String item, String field, Set<LocalDate> days) {
        int range = item.indexOf("..");
        if (range < 0) {
            days.add(day(item, item, field));
            return;
        }
        LocalDate first = day(item.substring(0, range), item, field);
        LocalDate last = day(item.substring(range + 2), item, field);
        long length = ChronoUnit.DAYS.between(first, last);
        Guard.check(length >= 0 && length < MAX_RANGE_DAYS, "calendar.range.invalid", field, item);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(day);
        }
    }

    private static LocalDate day(String text, String item, String field) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("calendar.day.unreadable", field, item);
        }
    }

    private static String item(LocalDate first, LocalDate last) {
        return first.equals(last) ? first.toString() : first + ".." + last;
    }
}
