package org.xieshang.app.application;

import static org.xieshang.domain.security.Permission.COMMITTEE_READ;
import static org.xieshang.domain.security.Permission.PROPOSAL_MANAGE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.AuditLog;
import org.xieshang.domain.audit.AuditAction;
import org.xieshang.domain.calendar.CommitteeCalendars;
import org.xieshang.domain.calendar.CommitteeSchedule;
import org.xieshang.domain.calendar.DayLists;
import org.xieshang.domain.calendar.HolidaySchedule;
import org.xieshang.domain.calendar.ScheduleOrigin;
import org.xieshang.domain.calendar.YearSchedule;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.security.Target;
import org.xieshang.domain.shared.NotFoundException;

/**
 * A committee's working-day calendar, which the proposal office keeps: everyone who sees the committee reads it, since
 * deadlines are counted by it; the proposal office loads the next year's schedule or a local holiday, or reverts a year
 * to the official schedule.
 */
@ApplicationScoped
@Transactional
public class CalendarService {

    private static final String ENTITY = "working-calendar";

    @Inject
    CommitteeCalendars calendars;

    @Inject
    Committees committees;

    @Inject
    AccessControl access;

    @Inject
    AuditLog audit;

    /**
     * @param committeeId a committee
     * @return every year its calendar covers, by year, each official or its own
     */
    public List<YearSchedule> years(CommitteeId committeeId) {
        access.require(COMMITTEE_READ, Target.committee(committeeId));
        return calendars.years(committeeId);
    }

    /**
     * @param committeeId a committee
     * @param year        a year
     * @return the schedule it counts that year by
     * @throws NotFoundException {@code not-found.holiday-schedule} for a year its calendar does not cover
     */
    public YearSchedule year(CommitteeId committeeId, int year) {
        access.require(COMMITTEE_READ, Target.committee(committeeId));
        return calendars.year(committeeId, year).orElseThrow(() -> new NotFoundException("holiday-schedule", null, year));
    }

    /** Stores the committee's own schedule of the schedule's year, if its own is still at the version the caller read (0: none yet). */
    public YearSchedule save(CommitteeId committeeId, long expectedVersion, HolidaySchedule schedule) {
        access.require(PROPOSAL_MANAGE, Target.committee(committeeId));
        committees.require(committeeId);
        Optional<YearSchedule> before = own(committeeId, schedule.year());
        CommitteeSchedule saved = calendars.save(committeeId, schedule, expectedVersion);
        audit.change(committeeId, ENTITY, key(committeeId, schedule.year()), before.map(b -> fields(b.schedule())).orElse(null),
                fields(saved.schedule()));
        return new YearSchedule(saved.schedule(), ScheduleOrigin.OWN, saved.version());
    }

    /** Deletes the committee's own schedule of a year, if still at the version the caller read: the official one applies again. */
    public void revertToOfficial(CommitteeId committeeId, int year, long expectedVersion) {
        access.require(PROPOSAL_MANAGE, Target.committee(committeeId));
        Optional<YearSchedule> before = own(committeeId, year);
        calendars.revertToOfficial(committeeId, year, expectedVersion);
        audit.record(AuditAction.DELETE, Optional.of(committeeId), ENTITY, key(committeeId, year),
                before.map(b -> fields(b.schedule()).toString()).orElse(""));
    }

    private Optional<YearSchedule> own(CommitteeId committeeId, int year) {
        return calendars.year(committeeId, year).filter(y -> y.origin() == ScheduleOrigin.OWN);
    }

    private static String key(CommitteeId committeeId, int year) {
        return committeeId + "/" + year;
    }

    private static Map<String, String> fields(HolidaySchedule schedule) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("source", schedule.source());
        f.put("daysOff", DayLists.format(schedule.daysOff()));
        f.put("workingDays", DayLists.format(schedule.workingDays()));
        return f;
    }
}
