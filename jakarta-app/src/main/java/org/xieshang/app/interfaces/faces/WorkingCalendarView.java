package org.xieshang.app.interfaces.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.xieshang.app.application.CalendarService;
import org.xieshang.app.application.CommitteeService;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.domain.calendar.DayLists;
import org.xieshang.domain.calendar.HolidaySchedule;
import org.xieshang.domain.calendar.ScheduleOrigin;
import org.xieshang.domain.calendar.YearSchedule;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.security.Permission;
import org.xieshang.domain.security.Target;
import org.xieshang.domain.shared.DomainException;

/**
 * The committee's working calendar (工作日历), by which deadlines in working days are counted: each year it covers, by
 * the State Council's schedule shipped with the system or by the committee's own; a warning when the coming year is not
 * covered yet. The proposal office loads a year's schedule (the next year's once published, or a local holiday) in the
 * form the notice reads, edits one, or reverts a year to the official schedule.
 */
@Named
@ViewScoped
public class WorkingCalendarView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "scheduleForm";

    @Inject
    CommitteeSelection selection;

    @Inject
    CommitteeService committees;

    @Inject
    CalendarService calendars;

    @Inject
    AccessControl access;

    private String committeeId;
    private String committeeName;
    private boolean managing;
    private List<YearRow> rows = List.of();
    private Integer year;
    private String source;
    private String daysOff;
    private String workingDays;
    private long editedVersion;

    @PostConstruct
    void init() {
        CommitteeId chosen = selection.current();
        if (chosen == null) { // none yet: the page's view action sends the user to the committees
            return;
        }
        Committee committee = committees.get(chosen);
        committeeId = committee.id().toString();
        committeeName = committee.name();
        managing = access.allows(Permission.PROPOSAL_MANAGE, Target.committee(committee.id()));
        reload();
        startNew(getFirstUncovered());
    }

    private void reload() {
        rows = calendars.years(CommitteeId.parse(committeeId)).stream().map(YearRow::new).toList();
    }

    /** Clears the form for a year's schedule the committee has none of. */
    private void startNew(int forYear) {
        year = forYear;
        source = null;
        daysOff = null;
        workingDays = null;
        editedVersion = 0;
    }

    /** Fills the form with a year's schedule to change it: the committee's own at its version, or the official one as a start for its own. */
    public void edit(YearRow row) {
        year = row.getYear();
        source = row.getSource();
        daysOff = row.getDaysOff();
        workingDays = row.getWorkingDays();
        editedVersion = row.isOwn() ? row.version() : 0;
    }

    /** Stores the form's schedule as the committee's own for its year; refusals are shown beside their fields. */
    public void save() {
        try {
            HolidaySchedule schedule = new HolidaySchedule(year, source, DayLists.parse(daysOff, "daysOff"),
                    DayLists.parse(workingDays, "workingDays"));
            YearSchedule saved = calendars.save(CommitteeId.parse(committeeId), expectedVersion(), schedule);
            FormErrors.confirm("calendar.saved", String.valueOf(saved.year()), saved.schedule().daysOff().size());
            reload();
            startNew(getFirstUncovered());
        } catch (DomainException e) {
            FormErrors.show(FORM, e);
        }
    }

    /** The version of the committee's own schedule of the form's year as it was read; 0 when it has none. */
    private long expectedVersion() {
        if (editedVersion > 0) {
            return editedVersion;
        }
        // A year chosen in the form without "edit": the committee's own, if it has one, is changed at the version listed.
        return rows.stream().filter(r -> r.getYear() == year && r.isOwn()).mapToLong(YearRow::version).findFirst().orElse(0);
    }

    /** Deletes the committee's own schedule of the row's year: the official one applies again, or none. */
    public void revert(YearRow row) {
        try {
            calendars.revertToOfficial(CommitteeId.parse(committeeId), row.getYear(), row.version());
            FormErrors.confirm("calendar.reverted", String.valueOf(row.getYear()));
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
        reload();
    }

    /** @return the first year from this one that the calendar does not cover: the one to load next */
    public int getFirstUncovered() {
        int thisYear = Now.today().getYear();
        return IntStream.iterate(thisYear, y -> y + 1).filter(y -> rows.stream().noneMatch(r -> r.getYear() == y)).findFirst().orElseThrow();
    }

    /** @return whether deadlines reaching into next year cannot be counted yet, which the page warns about */
    public boolean isNextYearMissing() {
        return getFirstUncovered() <= Now.today().getYear() + 1;
    }

    /** @return the years a schedule may be loaded for: last year to two years ahead */
    public List<Integer> getYears() {
        int thisYear = Now.today().getYear();
        return IntStream.rangeClosed(thisYear - 1, thisYear + 2).boxed().toList();
    }

    public String getCommitteeName() {
        return committeeName;
    }

    /** @return whether the user keeps the calendar, so that the form is offered */
    public boolean isManaging() {
        return managing;
    }

    public List<YearRow> getRows() {
        return rows;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getDaysOff() {
        return daysOff;
    }

    public void setDaysOff(String daysOff) {
        this.daysOff = daysOff;
    }

    public String getWorkingDays() {
        return workingDays;
    }

    public void setWorkingDays(String workingDays) {
        this.workingDays = workingDays;
    }

    /** One year of the calendar as the page lists it, its days in the form the schedule is typed in. */
    public static final class YearRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int year;
        private final boolean own;
        private final String origin;
        private final String source;
        private final String daysOff;
        private final int dayOffCount;
        private final String workingDays;
        private final long version;

        YearRow(YearSchedule y) {
            year = y.year();
            own = y.origin() == ScheduleOrigin.OWN;
            origin = Texts.label(y.origin());
            source = y.schedule().source();
            daysOff = DayLists.format(y.schedule().daysOff());
            dayOffCount = y.schedule().daysOff().size();
            workingDays = DayLists.format(y.schedule().workingDays());
            version = y.version();
        }

        public int getYear() {
            return year;
        }

        /** @return whether it is the committee's own schedule, which may be reverted */
        public boolean isOwn() {
            return own;
        }

        public String getOrigin() {
            return origin;
        }

        public String getSource() {
            return source;
        }

        public String getDaysOff() {
            return daysOff;
        }

        /** @return how many holidays and rest days it sets, besides ordinary weekends */
        public int getDayOffCount() {
            return dayOffCount;
        }

        public String getWorkingDays() {
            return workingDays;
        }

        long version() {
            return version;
        }
    }
}
