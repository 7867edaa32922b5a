package org.xieshang.domain.calendar;

import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;

/** Port: storage of committees' own holiday schedules, one per committee and year. Implementations are thread-safe. */
public interface WorkingCalendars {

    /**
     * @param committeeId a committee, not null
     * @param year        a year
     * @return the committee's own schedule for that year, if it stored one
     */
    Optional<CommitteeSchedule> find(CommitteeId committeeId, int year);

    /**
     * @param schedule the schedule, carrying the version it was read at (0 if new), not null
     * @return the schedule as stored, with its new version, never null
     * @throws org.xieshang.domain.shared.ConcurrentUpdateException if it changed since it was read, or a new one
     *                                                              finds the year already stored
     */
    CommitteeSchedule save(CommitteeSchedule schedule);

    /**
     * @param committeeId a committee, not null
     * @return its own schedules, by year; never null
     */
    List<CommitteeSchedule> of(CommitteeId committeeId);

    /**
     * @param committeeId     a committee, not null
     * @param year            the year whose own schedule goes
     * @param expectedVersion the version the caller read
     * @return whether there was one to delete
     * @throws org.xieshang.domain.shared.ConcurrentUpdateException if it changed since it was read; nothing is deleted
     */
    boolean delete(CommitteeId committeeId, int year, long expectedVersion);
}
