package org.xieshang.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.xieshang.domain.shared.Guard;

/**
 * One year's official holiday schedule (放假调休安排): the days off, weekends inside a holiday included, and the
 * adjusted working days (调休上班), weekend days worked instead. Immutable.
 *
 * @param year        the year it is for
 * @param source      where it comes from, such as the State Council General Office's notice; not blank
 * @param daysOff     the days off it sets, none of them an adjusted working day; not null
 * @param workingDays the weekend days it makes working days; not null
 */
public record HolidaySchedule(int year, String source, Set<LocalDate> daysOff, Set<LocalDate> workingDays) {

    /** Copies the sets and checks that each day is used once and that only weekend days are worked instead. */
    public HolidaySchedule {
        source = Guard.text(source, "source", 200);
        daysOff = Set.copyOf(new TreeSet<>(Guard.required(daysOff, "daysOff")));
        workingDays = Set.copyOf(new TreeSet<>(Guard.required(workingDays, "workingDays")));
        for (LocalDate day : workingDays) {
            Guard.check(isWeekend(day), "calendar.working-day.not-weekend", "workingDays", day);
            Guard.check(!daysOff.contains(day), "calendar.day.twice", "workingDays", day);
        }
        for (LocalDate day : daysOff) {
            Guard.check(day.getYear() == year, "calendar.day.other-year", "daysOff", day);
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
