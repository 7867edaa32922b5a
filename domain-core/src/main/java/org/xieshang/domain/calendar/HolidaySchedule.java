package org.xieshang.domain.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Guard;

/**
 * One year's official holiday schedule (放假调休安排): the days off, weekends inside a holiday included, and the
 * adjusted working days (调休上班), weekend days worked instead. Immutable.
 *
 * <p>Every day lies in the schedule's year: a calendar looks a day up under its own year, so a day of another year
 * would silently have no effect.
 *
 * @param year        the year it is for
 * @param source      where it comes from, such as the State Council General Office's notice; not blank, at most 200
 *                    characters
 * @param daysOff     the days off it sets, none of them an adjusted working day; not null
 * @param workingDays the weekend days it makes working days; not null
 */
public record HolidaySchedule(int year, String source, Set<LocalDate> daysOff, Set<LocalDate> workingDays) {

    /**
     * Copies the sets and checks that each day is used once, lies in the year, and that only weekend days are worked
     * instead.
     *
     * @throws DomainException {@code calendar.working-day.not-weekend}, {@code calendar.day.twice},
     *                         {@code calendar.day.other-year}, {@code calendar.working-day.other-year}
     */
    public HolidaySchedule {
        source = Guard.text(source, "source", 200);
        daysOff = Set.copyOf(new TreeSet<>(Guard.required(daysOff, "daysOff")));
        workingDays = Set.copyOf(new TreeSet<>(Guard.required(workingDays, "workingDays")));
        for (LocalDate day : workingDays) {
            Guard.check(isWeekend(day), "calendar.working-day.not-weekend", "workingDays", day);
            Guard.check(!daysOff.contains(day), "calendar.day.twice", "workingDays", day);
            Guard.check(day.getYear() == year, "calendar.working-day.other-year", "workingDays", day);
        }
        for (LocalDate day : daysOff) {
            Guard.check(day.getYear() == year, "calendar.day.other-year", "daysOff", day);
        }
    }

    /**
     * Reads a schedule in the form the shipped ones have ({@code holidays-2026.properties} beside this class), so that
     * a committee can paste the next year's schedule once it is published, or its own (the days here only show the
     * form):
     *
     * <pre>
     * year=2027
     * source=本会载入的2027年节假日安排
     * daysOff=2027-01-01..2027-01-03, 2027-02-05..2027-02-11
     * workingDays=2027-02-13
     * </pre>
     *
     * @param text the schedule as properties: {@code year}, {@code source}, and {@code daysOff} and {@code workingDays}
     *             as {@linkplain DayLists#parse day lists}; not null
     * @return the schedule, never null
     * @throws DomainException {@code field.required} or {@code calendar.year.unreadable} for the year, and whatever
     *                         {@link DayLists#parse} and the constructor refuse
     */
    public static HolidaySchedule parse(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Guard.required(text, "text")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            // A malformed Unicode escape: the text as a whole cannot be read, so no single field is at fault.
            throw new DomainException("calendar.schedule.unreadable", null);
        }
        return parse(properties);
    }

    /**
     * @param properties {@code year}, {@code source}, {@code daysOff} and {@code workingDays}, as {@link #parse(String)}
     *                   reads them; not null
     * @return the schedule, never null
     * @throws DomainException as {@link #parse(String)}
     */
    public static HolidaySchedule parse(Properties properties) {
        return new HolidaySchedule(year(Guard.required(properties, "properties").getProperty("year")), properties.getProperty("source"),
                DayLists.parse(properties.getProperty("daysOff"), "daysOff"), DayLists.parse(properties.getProperty("workingDays"), "workingDays"));
    }

    private static int year(String text) {
        String year = Guard.text(text, "year", 10);
        try {
            return Integer.parseInt(year);
        } catch (NumberFormatException e) {
            throw new DomainException("calendar.year.unreadable", "year", year);
        }
    }

    /**
     * @param day a day of this schedule's year, not null
     * @return whether offices work that day under this schedule
     */
    public boolean isWorkingDay(LocalDate day) {
        if (daysOff.contains(day)) {
            return false;
        }
        return workingDays.contains(day) || !isWeekend(day);
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
