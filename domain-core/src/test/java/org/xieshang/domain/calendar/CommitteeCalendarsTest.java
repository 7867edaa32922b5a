package org.xieshang.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.inmemory.InMemoryWorkingCalendars;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DomainException;

/** A committee's calendar: the shipped official schedules, each year overridden by the committee's own where it has one. */
class CommitteeCalendarsTest {

    /** A Monday that the official 2026 schedule leaves a working day. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private final CommitteeCalendars calendars = new CommitteeCalendars(new InMemoryWorkingCalendars());
    private final CommitteeId committee = CommitteeId.generate();
    private final CommitteeId neighbour = CommitteeId.generate();

    @Test
    void the_next_years_schedule_a_committee_loads_makes_that_year_countable_for_it_alone() {
        LocalDate newYearsEve = LocalDate.of(2026, 12, 31);
        assertThatThrownBy(() -> calendars.calendarOf(committee).plusWorkingDays(newYearsEve, 1))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("calendar.year.not-covered");
                    assertThat(e.getMessage()).contains("2027").doesNotContain("2,027");
                });

        CommitteeSchedule saved = calendars.save(committee, HolidaySchedule.parse("""
                year=2027
                source=本会载入的 2027 年安排
                daysOff=2027-01-01..2027-01-03
                """), 0);

        // 1 January 2027 is a Friday: the holiday runs over the weekend to Monday the 4th.
        assertThat(calendars.calendarOf(committee).plusWorkingDays(newYearsEve, 1)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(calendars.years(committee)).extracting(YearSchedule::year, YearSchedule::origin, YearSchedule::version)
                .containsExactly(tuple(2026, ScheduleOrigin.OFFICIAL, 0L),
                        tuple(2027, ScheduleOrigin.OWN, saved.version()));
        assertThat(calendars.calendarOf(neighbour).schedule(2027)).isEmpty();
        assertThat(calendars.year(neighbour, 2027)).isEmpty();
    }

    @Test
    void a_committees_own_2026_with_a_local_holiday_takes_the_official_ones_place_until_it_reverts() {
        HolidaySchedule official = OfficialSchedules.of(2026);
        Set<LocalDate> daysOff = new HashSet<>(official.daysOff());
        daysOff.add(MONDAY);
        CommitteeSchedule own = calendars.save(committee, new HolidaySchedule(2026, "本地节日", daysOff, official.workingDays()), 0);

        assertThat(calendars.calendarOf(committee).isWorkingDay(MONDAY)).isFalse();
        assertThat(calendars.calendarOf(neighbour).isWorkingDay(MONDAY)).isTrue();
        assertThat(calendars.year(committee, 2026)).hasValueSatisfying(year -> {
            assertThat(year.origin()).isEqualTo(ScheduleOrigin.OWN);
            assertThat(year.version()).isEqualTo(own.version());
            assertThat(year.schedule().source()).isEqualTo("本地节日");
        });

        assertThatThrownBy(() -> calendars.revertToOfficial(committee, 2026, own.version() + 1)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(calendars.calendarOf(committee).isWorkingDay(MONDAY)).as("nothing reverted by a stale request").isFalse();

        calendars.revertToOfficial(committee, 2026, own.version());

        assertThat(calendars.calendarOf(committee).isWorkingDay(MONDAY)).isTrue();
        assertThat(calendars.year(committee, 2026)).contains(new YearSchedule(official, ScheduleOrigin.OFFICIAL, 0));
        assertThatThrownBy(() -> calendars.revertToOfficial(committee, 2026, own.version()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("not-found.own-holiday-schedule"));
    }

    @Test
    void a_second_own_schedule_for_a_year_or_a_stale_change_is_refused() {
        HolidaySchedule official = OfficialSchedules.of(2026);
        CommitteeSchedule first = calendars.save(committee, official, 0);
        HolidaySchedule local = new HolidaySchedule(2026, "本地节日", Set.of(MONDAY), Set.of());

        assertThatThrownBy(() -> calendars.save(committee, local, 0)).isInstanceOf(ConcurrentUpdateException.class);
        CommitteeSchedule second = calendars.save(committee, local, first.version());
        assertThat(second.version()).isGreaterThan(first.version());
        assertThatThrownBy(() -> calendars.save(committee, official, first.version())).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(calendars.year(committee, 2026).map(YearSchedule::schedule)).contains(local);
    }
}
