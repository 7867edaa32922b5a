package org.xieshang.domain.calendar;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Guard;
import org.xieshang.domain.shared.NotFoundException;

/**
 * Use cases of a committee's working-day calendar: the official schedules shipped with the library
 * ({@link OfficialSchedules}), each year overridden by the committee's own schedule where it stored one. A committee
 * stores its own to count a year the library does not ship yet (the next year's schedule, published in November) or
 * to add a local holiday; deleting it reverts the year to the official schedule. Whether the committee exists is the
 * caller's to check. Thread-safe.
 */
public final class CommitteeCalendars {

    private final WorkingCalendars calendars;
    private final Map<Integer, HolidaySchedule> official;

    /** @param calendars the committees' own schedules, not null */
    public CommitteeCalendars(WorkingCalendars calendars) {
        this.calendars = Guard.required(calendars, "calendars");
        // Read once: the shipped schedules do not change while the library runs.
        Map<Integer, HolidaySchedule> shipped = new TreeMap<>();
        for (int year : OfficialSchedules.shippedYears()) {
            shipped.put(year, OfficialSchedules.of(year));
        }
        this.official = Map.copyOf(shipped);
    }

    /**
     * @param committeeId a committee, not null
     * @return the calendar its deadlines are counted by: its own schedules, and the official ones of the other years;
     *         never null
     */
    public WorkingDayCalendar calendarOf(CommitteeId committeeId) {
        return new WorkingDayCalendar(years(committeeId).stream().map(YearSchedule::schedule).toList());
    }

    /**
     * @param committeeId a committee, not null
     * @return every year the committee's calendar covers, by year, each official or its own; never null
     */
    public List<YearSchedule> years(CommitteeId committeeId) {
        Map<Integer, YearSchedule> byYear = new TreeMap<>();
        official.values().forEach(schedule -> byYear.put(schedule.year(), official(schedule)));
        for (CommitteeSchedule own : calendars.of(Guard.required(committeeId, "committeeId"))) {
            byYear.put(own.year(), own(own));
        }
        return List.copyOf(byYear.values());
    }

    /**
     * @param committeeId a committee, not null
     * @param year        a year
     * @return the schedule the committee counts that year by, if its calendar covers the year
     */
    public Optional<YearSchedule> year(CommitteeId committeeId, int year) {
        Optional<YearSchedule> own = calendars.find(Guard.required(committeeId, "committeeId"), year).map(CommitteeCalendars::own);
        return own.isPresent() ? own : Optional.ofNullable(official.get(year)).map(CommitteeCalendars::official);
    }

    /**
     * Stores the committee's own schedule for the schedule's year, in place of the official one if the library ships
     * that year.
     *
     * @param committeeId     the committee, not null
     * @param schedule        its schedule, not null
     * @param expectedVersion the version of its own schedule the caller read; 0 to store the first one for the year
     * @return the schedule as stored, with its new version; never null
     * @throws ConcurrentUpdateException if its own schedule changed since it was read
     * @throws DomainException           {@code field.required}
     */
    public CommitteeSchedule save(CommitteeId committeeId, HolidaySchedule schedule, long expectedVersion) {
        return calendars.save(new CommitteeSchedule(committeeId, schedule, expectedVersion));
    }

    /**
     * Deletes the committee's own schedule of a year: the year is counted by the official schedule again, or, for a
     * year the library does not ship, no longer covered.
     *
     * @param committeeId     the committee, not null
     * @param year            the year
     * @param expectedVersion the version of its own schedule the caller read
     * @throws NotFoundException         {@code not-found.own-holiday-schedule} if it has none for the year
     * @throws ConcurrentUpdateException if its own schedule changed since it was read; nothing is deleted
     */
    public void revertToOfficial(CommitteeId committeeId, int year, long expectedVersion) {
        if (!calendars.delete(Guard.required(committeeId, "committeeId"), year, expectedVersion)) {
            throw new NotFoundException("own-holiday-schedule", null, year);
        }
    }

    private static YearSchedule official(HolidaySchedule schedule) {
        return new YearSchedule(schedule, ScheduleOrigin.OFFICIAL, 0);
    }

    private static YearSchedule own(CommitteeSchedule schedule) {
        return new YearSchedule(schedule.schedule(), ScheduleOrigin.OWN, schedule.version());
    }
}
