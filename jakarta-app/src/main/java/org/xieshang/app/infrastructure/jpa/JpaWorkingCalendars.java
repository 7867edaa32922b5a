package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.calendar.CommitteeSchedule;
import org.xieshang.domain.calendar.DayLists;
import org.xieshang.domain.calendar.HolidaySchedule;
import org.xieshang.domain.calendar.WorkingCalendars;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DomainException;

/** Committees' own holiday schedules stored with JPA. Runs inside the caller's transaction. */
public final class JpaWorkingCalendars implements WorkingCalendars {

    private static final Mapper MAPPER = new Mapper();

    private final EntityManager em;
    private final AggregateStore<WorkingCalendarEntity, CommitteeSchedule> store;

    /** @param em the entity manager, not null */
    public JpaWorkingCalendars(EntityManager em) {
        this.em = em;
        this.store = new AggregateStore<>(em, MAPPER);
    }

    @Override
    public Optional<CommitteeSchedule> find(CommitteeId committeeId, int year) {
        return store.find(new WorkingCalendarEntity.Key(committeeId.toString(), year));
    }

    @Override
    public CommitteeSchedule save(CommitteeSchedule schedule) {
        return store.save(schedule);
    }

    @Override
    public List<CommitteeSchedule> of(CommitteeId committeeId) {
        return em.createQuery("SELECT c FROM WorkingCalendarEntity c WHERE c.committeeId = :committee ORDER BY c.year", WorkingCalendarEntity.class)
                .setParameter("committee", committeeId.toString())
                .getResultList().stream().map(MAPPER::toDomain).toList();
    }

    @Override
    public boolean delete(CommitteeId committeeId, int year, long expectedVersion) {
        return store.delete(new WorkingCalendarEntity.Key(committeeId.toString(), year), expectedVersion);
    }

    /** Maps schedules to and from their entity. */
    private static final class Mapper implements Mapping<WorkingCalendarEntity, CommitteeSchedule> {

        @Override
        public String kind() {
            return "holiday-schedule";
        }

        @Override
        public Class<WorkingCalendarEntity> entityType() {
            return WorkingCalendarEntity.class;
        }

        @Override
        public WorkingCalendarEntity newEntity() {
            return new WorkingCalendarEntity();
        }

        @Override
        public void copy(CommitteeSchedule schedule, WorkingCalendarEntity entity) {
            entity.committeeId = schedule.committeeId().toString();
            entity.year = schedule.year();
            entity.source = schedule.schedule().source();
            entity.daysOff = DayLists.format(schedule.schedule().daysOff());
            entity.workingDays = DayLists.format(schedule.schedule().workingDays());
        }

        @Override
        public CommitteeSchedule toDomain(WorkingCalendarEntity e) {
            return new CommitteeSchedule(CommitteeId.parse(e.committeeId), new HolidaySchedule(e.year, e.source,
                    DayLists.parse(e.daysOff, "daysOff"), DayLists.parse(e.workingDays, "workingDays")), e.version);
        }

        @Override
        public WorkingCalendarEntity.Key idOf(CommitteeSchedule schedule) {
            return new WorkingCalendarEntity.Key(schedule.committeeId().toString(), schedule.year());
        }

        @Override
        public long versionOf(CommitteeSchedule schedule) {
            return schedule.version();
        }

        @Override
        public long entityVersion(WorkingCalendarEntity entity) {
            return entity.version;
        }

        @Override
        public DomainException duplicate(CommitteeSchedule schedule) {
            // Two first schedules of a year raced: the later one was written without reading the earlier.
            return new ConcurrentUpdateException(kind(), idOf(schedule), schedule.version());
        }
    }
}
