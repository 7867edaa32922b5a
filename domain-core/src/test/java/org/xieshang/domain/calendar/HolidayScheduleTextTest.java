package org.xieshang.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xieshang.domain.shared.DomainException;

/** A schedule as text: the shipped form, which a committee pastes for the next year or its own, and its day lists. */
class HolidayScheduleTextTest {

    @Test
    void the_shipped_text_reads_as_the_official_schedule_and_its_day_lists_write_back_as_ranges() throws IOException {
        String shipped;
        try (InputStream in = OfficialSchedules.class.getResourceAsStream("holidays-2026.properties")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        HolidaySchedule official = OfficialSchedules.of(2026);

        assertThat(HolidaySchedule.parse(shipped)).isEqualTo(official);
        assertThat(DayLists.format(official.daysOff())).isEqualTo("2026-01-01..2026-01-03, 2026-02-15..2026-02-23, 2026-04-04..2026-04-06, "
                + "2026-05-01..2026-05-05, 2026-06-19..2026-06-21, 2026-09-25..2026-09-27, 2026-10-01..2026-10-07");
        assertThat(DayLists.format(official.workingDays())).isEqualTo("2026-01-04, 2026-02-14, 2026-02-28, 2026-05-09, 2026-09-20, 2026-10-10");
        assertThat(DayLists.parse(DayLists.format(official.daysOff()), "daysOff")).isEqualTo(official.daysOff());
        assertThat(DayLists.parse(" ", "daysOff")).isEmpty();
        assertThat(DayLists.format(Set.of())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2026-13-01                     | calendar.day.unreadable",
            "2026-10-01..                   | calendar.day.unreadable",
            "10月1日                         | calendar.day.unreadable",
            "2026-10-07..2026-10-01         | calendar.range.invalid",
            "2026-01-01..2027-06-30         | calendar.range.invalid"})
    void a_day_list_that_is_not_days_and_ranges_is_refused_naming_its_field(String text, String code) {
        assertThatThrownBy(() -> DayLists.parse("2026-05-01, " + text, "daysOff")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).contains("daysOff");
            assertThat(e.arguments()).containsExactly(text);
        });
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "source=本会\\ndaysOff=2027-01-01                                  | field.required",
            "year=二〇二七\\nsource=本会                                         | calendar.year.unreadable",
            "year=2027\\ndaysOff=2027-01-01                                     | field.required",
            "year=2027\\nsource=本会\\ndaysOff=2026-12-31                        | calendar.day.other-year",
            "year=2027\\nsource=本会\\nworkingDays=2026-12-27                    | calendar.working-day.other-year",
            "year=2027\\nsource=本会\\u12                                       | calendar.schedule.unreadable"})
    void a_pasted_schedule_that_cannot_be_a_years_schedule_is_refused(String text, String code) {
        assertThatThrownBy(() -> HolidaySchedule.parse(text.replace("\\n", "\n")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void a_schedule_counts_a_year_by_its_own_days_only() {
        HolidaySchedule local = HolidaySchedule.parse("year=2027\nsource=本会\ndaysOff=2027-10-01..2027-10-03\nworkingDays=2027-09-26\n");

        assertThat(local.isWorkingDay(LocalDate.of(2027, 10, 1))).isFalse();
        assertThat(local.isWorkingDay(LocalDate.of(2027, 9, 26))).as("a Sunday worked instead").isTrue();
        assertThat(local.isWorkingDay(LocalDate.of(2027, 10, 4))).isTrue();
    }
}
