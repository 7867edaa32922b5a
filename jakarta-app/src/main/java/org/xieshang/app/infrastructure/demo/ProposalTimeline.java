package org.xieshang.app.infrastructure.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.xieshang.domain.calendar.WorkingDayCalendar;
import org.xieshang.domain.committee.PlenarySession;
import org.xieshang.domain.proposal.HandlingPeriods;

/**
 * When things happen in one committee's proposal year, counted in working days on the committee's calendar: the
 * plenary session, the filing review eight working days after it, the assignment meeting (交办会) twenty working days
 * after that, and deadlines near today. Deadlines are counted only where the calendar covers the year, as the domain
 * counts them; without it the demo stops before assignment and counts the days up to the filing review as Monday to
 * Friday. No day it gives lies beyond the year: a period that would end there ends on the year's last working day
 * instead, and a step planned there is after today and so never taken. Immutable.
 */
final class ProposalTimeline {

    private static final int REVIEW_AFTER_SESSION = 8;
    private static final int MEETING_AFTER_REVIEW = 20;
    /** Deadlines "due soon" fall this many working days ahead, or sooner if the warning period is shorter. */
    private static final int DUE_SOON = 3;
    /** Deadlines "on track" fall this many working days beyond the warning period. */
    private static final int ON_TRACK_MARGIN = 7;

    private final PlenarySession session;
    private final LocalDate today;
    private final Optional<WorkingDayCalendar> calendar;
    private final HandlingPeriods periods;
    private final int year;

    /**
     * @param session  the year's plenary session, whose proposals are planned
     * @param today    the committee's today, in the session's year
     * @param calendar the committee's working days; counted only if it covers the year
     * @param periods  the handling periods in force
     */
    ProposalTimeline(PlenarySession session, LocalDate today, WorkingDayCalendar calendar, HandlingPeriods periods) {
        this.session = session;
        this.today = today;
        this.year = session.startInclusive().getYear();
        this.calendar = calendar.schedule(year).map(covered -> calendar);
        this.periods = periods;
    }

    /** @return whether deadlines can be counted: the calendar covers the year */
    boolean countsDeadlines() {
        return calendar.isPresent();
    }

    int year() {
        return year;
    }

    LocalDate today() {
        return today;
    }

    LocalDate sessionStart() {
        return session.startInclusive();
    }

    LocalDate sessionEnd() {
        return session.endInclusive();
    }

    /** @return the first day of the filing review (立案审查) */
    LocalDate filingReview() {
        return plus(sessionEnd(), REVIEW_AFTER_SESSION);
    }

    /** @return the day of the assignment meeting (交办会), where the filed proposals are handed to their units */
    LocalDate assignmentMeeting() {
        return plus(filingReview(), MEETING_AFTER_REVIEW);
    }

    /** @return the default deadline of a plenary proposal assigned that day, as {@link HandlingPeriods#deadline} gives it */
    LocalDate plenaryDeadline(LocalDate assignedOn) {
        return periodEnd(assignedOn, periods.plenaryWorkingDays());
    }

    /** @return the default deadline of a second round decided that day */
    LocalDate rehandlingDeadline(LocalDate decidedOn) {
        return periodEnd(decidedOn, periods.rehandlingWorkingDays());
    }

    /** @return how many working days a second round has by default */
    int rehandlingWorkingDays() {
        return periods.rehandlingWorkingDays();
    }

    /** @return a deadline within the warning period from today, if one is left in the year */
    Optional<LocalDate> dueSoon() {
        return ahead(Math.min(DUE_SOON, periods.warningWorkingDays()));
    }

    /** @return a deadline beyond the warning period from today, or the year's last working day if the year ends sooner */
    Optional<LocalDate> onTrack() {
        return ahead(periods.warningWorkingDays() + ON_TRACK_MARGIN);
    }

    /**
     * @param day         a day of the year
     * @param workingDays how many working days on, at least 1
     * @return the working day that many working days after the day; the next year's first day if the year ends first
     */
    LocalDate plus(LocalDate day, int workingDays) {
        LocalDate next = day;
        for (int counted = 0; counted < workingDays; ) {
            next = next.plusDays(1);
            if (next.getYear() > year) {
                return next;
            }
            counted += isWorkingDay(next) ? 1 : 0;
        }
        return next;
    }

    /**
     * @param day         a day of the year
     * @param workingDays how many working days back, at least 1
     * @return the working day that many working days before the day; the year's first day if the year starts first
     */
    LocalDate minus(LocalDate day, int workingDays) {
        LocalDate earlier = day;
        for (int counted = 0; counted < workingDays; ) {
            earlier = earlier.minusDays(1);
            if (earlier.getYear() < year) {
                return LocalDate.of(year, 1, 1);
            }
            counted += isWorkingDay(earlier) ? 1 : 0;
        }
        return earlier;
    }

    /** The end of a period, or the year's last working day if the period runs past the year the calendar covers. */
    private LocalDate periodEnd(LocalDate from, int workingDays) {
        LocalDate end = plus(from, workingDays);
        return end.getYear() > year ? lastWorkingDay() : end;
    }

    private Optional<LocalDate> ahead(int workingDays) {
        LocalDate day = periodEnd(today, workingDays);
        return day.isAfter(today) ? Optional.of(day) : Optional.empty();
    }

    private LocalDate lastWorkingDay() {
        LocalDate day = LocalDate.of(year, 12, 31);
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    private boolean isWorkingDay(LocalDate day) {
        return calendar.map(c -> c.isWorkingDay(day))
                .orElseGet(() -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY);
    }
}
