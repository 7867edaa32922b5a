package org.xieshang.domain.calendar;

import org.xieshang.domain.shared.Guard;

/**
 * The schedule a committee counts one year's working days by, and where it comes from. Immutable.
 *
 * @param schedule the schedule, not null
 * @param origin   official or the committee's own, not null
 * @param version  the stored version of the committee's own schedule; 0 for the official one, which a committee
 *                 replaces by saving its own at version 0
 */
public record YearSchedule(HolidaySchedule schedule, ScheduleOrigin origin, long version) {

    /** Checks presence. */
    public YearSchedule {
        Guard.required(schedule, "schedule");
        Guard.required(origin, "origin");
        Guard.check(version >= 0, "version.negative", "version");
    }

    /** @return the year the schedule is for */
    public int year() {
        return schedule.year();
    }
}
