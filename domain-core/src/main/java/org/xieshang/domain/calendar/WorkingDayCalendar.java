package org.xieshang.domain.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Guard;

/**
 * Working days as China's offices count them: Monday to Friday, less the statutory holidays, plus the weekend days
 * worked instead (调休), from each year's official schedule. A committee keeps the schedules it has loaded; a day in a
 * year without one is refused rather than guessed, since a deadline counted over an unknown Spring Festival would be
 * wrong. Immutable and thread-safe.
 */
public final class WorkingDayCalendar {

    /** Longest span counted, in working days: about four years, far beyond any handling period. */
    public static final int MAX_WORKING_DAYS = 1000;

    private final Map<Integer, HolidaySchedule> schedules;

    /**
     * @param schedules the official schedules of the years covered, one per year; not null
     * @throws DomainException {@code calendar.year.twice}
     */
    public WorkingDayCalendar(Collection<HolidaySchedule> schedules) {
        Map<Integer, HolidaySchedule> byYear = new TreeMap<>();
        for (HolidaySchedule schedule : Guard.required(schedules, "schedules")) {
            // The year as text: MessageFormat would write the number 2026 as "2,026".
            Guard.check(byYear.put(schedule.year(), schedule) == null, "calendar.year.twice", "schedules", String.valueOf(schedule.year()));
        }
        this.schedules = Map.copyOf(byYear);
    }

    /**
     * @param day a day, not null
     * @return whether offices work that day
     * @throws DomainException {@code calendar.year.not-covered} for a year without a schedule
     */
    public boolean isWorkingDay(LocalDate day) {
        return scheduleOf(Guard.required(day, "day"), null).isWorkingDay(day);
    }

    /**
     * The deadline of a period in working days: the {@code workingDays}-th working day after {@code start}, the start
     * day not counted (a period of 1 from a Friday ends on the next working day).
     *
     * @param start       the day the period starts, not null
     * @param workingDays the period, 1 to {@value #MAX_WORKING_DAYS}
     * @return the last day of the period, a working day; never null
     * @throws DomainException {@code calendar.period.invalid}, {@code calendar.year.not-covered}
     */
    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        Guard.required(start, "start");
        Guard.check(workingDays >= 1 && workingDays <= MAX_WORKING_DAYS, "calendar.period.invalid", "workingDays", workingDays);
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * @param from the first day, not null
     * @param to   the last day, not before {@code from}
     * @return how many working days lie after {@code from} up to and including {@code to}
     * @throws DomainException {@code calendar.period.reversed}, {@code calendar.year.not-covered}
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Guard.required(from, "from");
        Guard.required(to, "to");
        Guard.check(!to.isBefore(from), "calendar.period.reversed", "to");
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * For a deadline set by hand where working days are asked for.
     *
     * @param day   the day, not null
     * @param field the input field, for the error
     * @return the day, a working day
     * @throws DomainException {@code calendar.not-working-day} naming the day
     */
    public LocalDate requireWorkingDay(LocalDate day, String field) {
        Guard.check(scheduleOf(Guard.required(day, field), field).isWorkingDay(day), "calendar.not-working-day", field, day);
        return day;
    }

    /**
     * @param year a year
     * @return its schedule, if the calendar covers it
     */
    public Optional<HolidaySchedule> schedule(int year) {
        return Optional.ofNullable(schedules.get(year));
    }

    /**
     * @param from the first day, not null
     * @param to   the last day, not null
     * @return whether the calendar has the schedule of every year from {@code from}'s to {@code to}'s, so that working
     *         days between them can be counted
     */
    public boolean covers(LocalDate from, LocalDate to) {
        for (int year = Guard.required(from, "from").getYear(); year <= Guard.required(to, "to").getYear(); year++) {
            if (!schedules.containsKey(year)) {
                return false;
            }
        }
        return true;
    }

    /** A year not loaded concerns the whole calendar, so the error names a field only where the caller gave one. */
    private HolidaySchedule scheduleOf(LocalDate day, String field) {
        HolidaySchedule schedule = schedules.get(day.getYear());
        if (schedule == null) {
            throw new DomainException("calendar.year.not-covered", field, String.valueOf(day.getYear()));
        }
        return schedule;
    }
}
