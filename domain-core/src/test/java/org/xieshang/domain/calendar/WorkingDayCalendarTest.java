package org.xieshang.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xieshang.domain.shared.DomainException;

/** Working days of 2026 across the Spring Festival and National Day with their adjusted working days (调休). */
class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(List.of(OfficialSchedules.of(2026)));

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            "2026-02-12, 1, 2026-02-13",   // Thursday to Friday
            "2026-02-13, 1, 2026-02-14",   // Saturday 14 February is worked before the Spring Festival
            "2026-02-14, 1, 2026-02-24",   // 15–23 February off
            "2026-02-13, 3, 2026-02-25",
            "2026-02-27, 1, 2026-02-28",   // Saturday 28 February is worked after it
            "2026-09-18, 1, 2026-09-20",   // Sunday 20 September is worked before National Day
            "2026-09-24, 1, 2026-09-28",   // the Mid-Autumn Festival, 25–27 September
            "2026-09-30, 1, 2026-10-08",   // National Day, 1–7 October
            "2026-10-09, 1, 2026-10-10",   // Saturday 10 October is worked
            "2026-12-30, 1, 2026-12-31"})
    void a_period_ends_on_the_working_day_the_official_schedule_gives(LocalDate start, int workingDays, LocalDate end) {
        assertThat(calendar.plusWorkingDays(start, workingDays)).isEqualTo(end);
    }

    @Test
    void the_year_2026_has_248_working_days_and_february_16() {
        // 261 weekdays, less 19 weekday holidays, plus 6 weekend days worked.
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31))).isEqualTo(248);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28))).isEqualTo(16);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1))).isZero();
    }

    @Test
    void a_deadline_on_a_holiday_is_refused_where_working_days_are_asked_for() {
        assertThat(calendar.requireWorkingDay(LocalDate.of(2026, 10, 10), "deadline")).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThatThrownBy(() -> calendar.requireWorkingDay(LocalDate.of(2026, 10, 3), "deadline"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("calendar.not-working-day");
                    assertThat(e.field()).contains("deadline");
                });
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).as("Monday in the Spring Festival").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 4))).as("Sunday after New Year, worked").isTrue();
    }

    @Test
    void a_year_without_its_schedule_is_refused_rather_than_guessed() {
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 12, 31), 1))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("calendar.year.not-covered"));
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 3, 2), 0))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("calendar.period.invalid"));
    }

    @Test
    void a_schedule_works_only_weekend_days_instead_and_uses_each_day_once() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        LocalDate saturday = LocalDate.of(2026, 3, 7);
        assertThatThrownBy(() -> new HolidaySchedule(2026, "本会", Set.of(), Set.of(monday)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("calendar.working-day.not-weekend"));
        assertThatThrownBy(() -> new HolidaySchedule(2026, "本会", Set.of(saturday), Set.of(saturday)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("calendar.day.twice"));
        assertThatThrownBy(() -> new WorkingDayCalendar(List.of(OfficialSchedules.of(2026), OfficialSchedules.of(2026))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("calendar.year.twice"));
        assertThat(OfficialSchedules.of(2026).source()).contains("国务院办公厅");
    }
}
