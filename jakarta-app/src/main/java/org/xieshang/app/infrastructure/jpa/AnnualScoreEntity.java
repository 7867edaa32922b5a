package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A member's {@link org.xieshang.domain.duty.scoring.AnnualScore} under one revision of the scheme. */
@Entity
@Table(name = "annual_score")
@IdClass(AnnualScoreEntity.Key.class)
public class AnnualScoreEntity {

    @Id
    @Column(name = "committee_id", length = 36)
    String committeeId;

    @Id
    @Column(name = "score_year")
    int year;

    @Id
    @Column(name = "revision")
    int revision;

    @Id
    @Column(name = "member_id", length = 36)
    String memberId;

    @Column(name = "total_tenths", nullable = false)
    int totalTenths;

    @Column(nullable = false, length = 20)
    String grade;

    @Convert(converter = FlagConverter.class)
    @Column(nullable = false)
    Boolean passed;

    /** The primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String committeeId;
        int year;
        int revision;
        String memberId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && committeeId.equals(k.committeeId) && year == k.year && revision == k.revision && memberId.equals(k.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(committeeId, year, revision, memberId);
        }
    }
}
