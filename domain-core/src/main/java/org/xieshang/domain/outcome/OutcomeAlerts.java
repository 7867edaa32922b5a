package org.xieshang.domain.outcome;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Predicate;
import org.xieshang.domain.calendar.WorkingDayCalendar;
import org.xieshang.domain.shared.Guard;

/**
 * Which suggestions of an outcome report are due soon: assigned, not yet answered, and due within the warning period,
 * counted in working days on the committee's calendar as proposals' deadlines are. Where the calendar does not cover
 * the days in between, "due soon" is not judged rather than guessed; overdue ({@link TrackedSuggestion#isOverdue})
 * needs no calendar. Immutable.
 */
public final class OutcomeAlerts {

    private final int warningWorkingDays;

    /**
     * @param warningWorkingDays how many working days before its due day a suggestion shows as due soon, 0–60
     * @throws org.xieshang.domain.shared.DomainException {@code outcome.warning.invalid}
     */
    public OutcomeAlerts(int warningWorkingDays) {
        Guard.check(warningWorkingDays >= 0 && warningWorkingDays <= 60, "outcome.warning.invalid", "warningWorkingDays");
        this.warningWorkingDays = warningWorkingDays;
    }

    /**
     * @param today    the committee's day, not null
     * @param calendar the committee's working days, not null
     * @return the test of a suggestion being due soon on that day, never null
     */
    public Predicate<TrackedSuggestion> dueSoon(LocalDate today, WorkingDayCalendar calendar) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(calendar, "calendar");
        return suggestion -> suggestion.status() == SuggestionStatus.ASSIGNED && suggestion.dueOn()
                .filter(due -> !today.isAfter(due) && calendar.covers(today, due))
                .map(due -> calendar.workingDaysBetween(today, due) <= warningWorkingDays).orElse(false);
    }
}
