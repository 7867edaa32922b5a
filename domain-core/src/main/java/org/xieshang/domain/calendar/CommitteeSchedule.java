package org.xieshang.domain.calendar;

import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.Guard;

/**
 * A committee's own holiday schedule for one year, as stored, with its version for optimistic locking: the next year's
 * official schedule loaded once it is published, or a local one (a holiday of an autonomous region or prefecture, say)
 * that takes the place of the shipped official schedule for that year. Immutable.
 *
 * @param committeeId the committee, not null
 * @param schedule    its schedule for the year, not null
 * @param version     the stored version; 0 if never stored
 */
public record CommitteeSchedule(CommitteeId committeeId, HolidaySchedule schedule, long version) {

    /** Checks presence. */
    public CommitteeSchedule {
        Guard.required(committeeId, "committeeId");
        Guard.required(schedule, "schedule");
        Guard.check(version >= 0, "version.negative", "version");
    }

    /** @return the year the schedule is for */
    public int year() {
        return schedule.year();
    }
}
