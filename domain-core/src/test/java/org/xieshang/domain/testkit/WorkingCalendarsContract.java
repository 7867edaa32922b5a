package org.xieshang.domain.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.calendar.CommitteeSchedule;
import org.xieshang.domain.calendar.HolidaySchedule;
import org.xieshang.domain.calendar.OfficialSchedules;
import org.xieshang.domain.calendar.WorkingCalendars;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.ConcurrentUpdateException;

/**
 * What every adapter of {@link WorkingCalendars} must do: keep each day of a committee's schedule per year, list them
 * by year, refuse stale writes and deletes.
 */
public abstract class WorkingCalendarsContract extends StorageContract {

    /** @return the adapter's working-calendar port, on the same storage as {@link #storage()}; never null */
    protected abstract WorkingCalendars calendars();

    @Test
    void a_committee_keeps_one_schedule_a_year_with_every_day_listed_by_year_and_refuses_a_stale_write() {
        CommitteeId committee = storedCommittee().id();
        HolidaySchedule next = new HolidaySchedule(2027, "本会载入的2027年节假日安排（测试数据）",
                Set.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 7), LocalDate.of(2027, 2, 8)),
                Set.of(LocalDate.of(2027, 1, 30)));
        CommitteeSchedule stored2027 = calendars().save(new CommitteeSchedule(committee, next, 0));
        CommitteeSchedule stored2026 = calendars().save(new CommitteeSchedule(committee, OfficialSchedules.of(2026), 0));

        assertThat(stored2027.version()).isPositive();
        assertThat(calendars().find(committee, 2027)).contains(stored2027);
        assertThat(calendars().find(committee, 2027).orElseThrow().schedule()).isEqualTo(next);
        assertThat(calendars().of(committee)).containsExactly(stored2026, stored2027);
        assertThat(calendars().find(committee, 2028)).isEmpty();
        assertThat(calendars().of(storedCommittee().id())).isEmpty();

        HolidaySchedule local = new HolidaySchedule(2026, "本地节日", Set.of(LocalDate.of(2026, 3, 2)), Set.of());
        CommitteeSchedule changed = calendars().save(new CommitteeSchedule(committee, local, stored2026.version()));
        assertThat(changed.version()).isGreaterThan(stored2026.version());
        assertThat(calendars().find(committee, 2026).orElseThrow().schedule()).isEqualTo(local);
        assertThatThrownBy(() -> calendars().save(new CommitteeSchedule(committee, OfficialSchedules.of(2026), stored2026.version())))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> calendars().save(new CommitteeSchedule(committee, local, 0))).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(calendars().find(committee, 2026)).contains(changed);
    }

    @Test
    void a_schedule_is_deleted_only_at_the_version_read() {
        CommitteeId committee = storedCommittee().id();
        CommitteeSchedule stored = calendars().save(new CommitteeSchedule(committee, OfficialSchedules.of(2026), 0));

        assertThatThrownBy(() -> calendars().delete(committee, 2026, stored.version() + 1)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(calendars().find(committee, 2026)).contains(stored);

        assertThat(calendars().delete(committee, 2026, stored.version())).isTrue();
        assertThat(calendars().find(committee, 2026)).isEmpty();
        assertThat(calendars().of(committee)).isEmpty();
        assertThat(calendars().delete(committee, 2026, stored.version())).isFalse();
        assertThat(calendars().save(new CommitteeSchedule(committee, OfficialSchedules.of(2026), 0)).version()).isPositive();
    }
}
