package org.xieshang.domain.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.calendar.OfficialSchedules;
import org.xieshang.domain.calendar.WorkingDayCalendar;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.testkit.DomainErrors;

class OutcomeAlertsTest {

    private static final LocalDate BEFORE_NATIONAL_DAY = LocalDate.of(2026, 9, 29);

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(List.of(OfficialSchedules.of(2026)));
    private final Predicate<TrackedSuggestion> dueSoon = new OutcomeAlerts(5).dueSoon(BEFORE_NATIONAL_DAY, calendar);

    @Test
    void due_soon_counts_working_days_across_national_day_with_its_adjusted_saturday() {
        // 9-30, then 10-1..10-7 off, 10-8, 10-9, 10-10 (a Saturday worked), 10-12: five working days in thirteen.
        assertThat(dueSoon).accepts(assigned(LocalDate.of(2026, 10, 12)), assigned(BEFORE_NATIONAL_DAY));
        assertThat(dueSoon).rejects(assigned(LocalDate.of(2026, 10, 13)));
    }

    @Test
    void an_overdue_an_unassigned_or_an_answered_suggestion_is_not_due_soon() {
        assertThat(dueSoon).rejects(assigned(LocalDate.of(2026, 9, 28)),
                new TrackedSuggestion(1, "建议", Optional.empty(), SuggestionStatus.PENDING, Optional.empty(), Optional.empty(), List.of()),
                suggestion(SuggestionStatus.ADOPTED, LocalDate.of(2026, 10, 9)));
        assertThat(assigned(LocalDate.of(2026, 9, 28)).isOverdue(BEFORE_NATIONAL_DAY)).isTrue();
    }

    @Test
    void a_due_day_in_a_year_the_calendar_does_not_cover_is_not_judged_rather_than_guessed() {
        Predicate<TrackedSuggestion> atYearEnd = new OutcomeAlerts(5).dueSoon(LocalDate.of(2026, 12, 30), calendar);

        assertThat(atYearEnd).rejects(assigned(LocalDate.of(2027, 1, 4)));
        assertThat(atYearEnd).accepts(assigned(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void the_warning_period_is_from_0_to_60_working_days() {
        assertThat(DomainErrors.codeOf(() -> new OutcomeAlerts(-1))).isEqualTo("outcome.warning.invalid");
        assertThat(DomainErrors.raisedBy(() -> new OutcomeAlerts(61)).field()).contains("warningWorkingDays");
        assertThat(new OutcomeAlerts(0).dueSoon(BEFORE_NATIONAL_DAY, calendar)).accepts(assigned(BEFORE_NATIONAL_DAY))
                .rejects(assigned(LocalDate.of(2026, 9, 30)));
    }

    private static TrackedSuggestion assigned(LocalDate dueOn) {
        return suggestion(SuggestionStatus.ASSIGNED, dueOn);
    }

    private static TrackedSuggestion suggestion(SuggestionStatus status, LocalDate dueOn) {
        return new TrackedSuggestion(1, "建立课后服务补助机制", Optional.empty(), status, Optional.of(HandlingUnitId.generate()), Optional.of(dueOn), List.of());
    }
}
