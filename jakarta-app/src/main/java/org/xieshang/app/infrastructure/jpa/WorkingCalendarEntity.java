package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;

/**
 * A committee's {@link org.xieshang.domain.calendar.CommitteeSchedule}: one year's days off and adjusted working days,
 * each list as {@link org.xieshang.domain.calendar.DayLists} writes it.
 */
@Entity
@Table(name = "working_calendar")
@IdClass(WorkingCalendarEntity.Key.class)
public class WorkingCalendarEntity {

    @Id
    @Column(name = "committee_id", length = 36)
    String committeeId;

    @Id
    @Column(name = "calendar_year")
    int year;

    @Column(name = "schedule_source", nullable = false, length = 200)
    String source;

    @Column(name = "days_off", nullable = false, length = 4000)
    String daysOff;

    @Column(name = "working_days", nullable = false, length = 4000)
    String workingDays;

    @Version
    long version;

    /** The primary key: the committee and the year. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        String committeeId;
        int year;

        /** For JPA. */
        public Key() {
        }

        Key(String committeeId, int year) {
            this.committeeId = committeeId;
            this.year = year;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.year == year && Objects.equals(key.committeeId, committeeId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(committeeId, year);
        }

        /** @return committee/year, as errors name it */
        @Override
        public String toString() {
            return committeeId + "/" + year;
        }
    }
}
