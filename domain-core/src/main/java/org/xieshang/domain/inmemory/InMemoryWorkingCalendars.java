package org.xieshang.domain.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.calendar.CommitteeSchedule;
import org.xieshang.domain.calendar.WorkingCalendars;
import org.xieshang.domain.committee.CommitteeId;

/** Committees' own holiday schedules kept in memory. Thread-safe. */
public final class InMemoryWorkingCalendars implements WorkingCalendars {

    private final InMemoryStore<String, CommitteeSchedule> store = new InMemoryStore<>("holiday-schedule", new InMemoryStore.Shape<>() {
        @Override
        public String idOf(CommitteeSchedule schedule) {
            return key(schedule.committeeId(), schedule.year());
        }

        @Override
        public long versionOf(CommitteeSchedule schedule) {
            return schedule.version();
        }

        @Override
        public CommitteeSchedule withVersion(CommitteeSchedule s, long version) {
            return new CommitteeSchedule(s.committeeId(), s.schedule(), version);
        }
    });

    @Override
    public Optional<CommitteeSchedule> find(CommitteeId committeeId, int year) {
        return store.find(key(committeeId, year));
    }

    @Override
    public CommitteeSchedule save(CommitteeSchedule schedule) {
        return store.save(schedule);
    }

    @Override
    public List<CommitteeSchedule> of(CommitteeId committeeId) {
        return store.filter(s -> s.committeeId().equals(committeeId)).stream().sorted(Comparator.comparingInt(CommitteeSchedule::year)).toList();
    }

    @Override
    public boolean delete(CommitteeId committeeId, int year, long expectedVersion) {
        return store.delete(key(committeeId, year), expectedVersion);
    }

    /** The committee and the year: a committee's schedule has no identity beyond them. */
    private static String key(CommitteeId committeeId, int year) {
        return committeeId + "/" + year;
    }
}
