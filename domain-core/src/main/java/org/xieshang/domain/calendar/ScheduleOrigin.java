package org.xieshang.domain.calendar;

/** Where the schedule a committee counts a year's working days by comes from. */
public enum ScheduleOrigin {
    /** The State Council's schedule shipped with the library ({@link OfficialSchedules}). */
    OFFICIAL,
    /** The committee's own ({@link CommitteeSchedule}), loaded for a year not shipped or in place of the shipped one. */
    OWN
}
