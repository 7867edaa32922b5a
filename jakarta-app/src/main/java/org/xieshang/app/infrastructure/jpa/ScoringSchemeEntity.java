package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One revision of a {@link org.xieshang.domain.duty.scoring.ScoringScheme}: written once, never changed. */
@Entity
@Table(name = "scoring_scheme")
public class ScoringSchemeEntity {

    @Id
    @Column(length = 36)
    String id;

    @Column(name = "committee_id", nullable = false, length = 36)
    String committeeId;

    @Column(name = "scheme_year", nullable = false)
    int year;

    @Column(nullable = false)
    int revision;

    @Column(name = "base_tenths", nullable = false)
    int baseTenths;

    @Column(name = "maximum_tenths")
    Integer maximumTenths;

    @Column(name = "pass_mark_tenths", nullable = false)
    int passMarkTenths;

    @Column(length = 500)
    String reason;

    @Column(name = "changed_by", nullable = false, length = 100)
    String changedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "changed_at", nullable = false)
    Instant changedAt;

    @ElementCollection
    @CollectionTable(name = "scoring_item", joinColumns = @JoinColumn(name = "scheme_id"))
    List<ItemRow> items = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "grade_band", joinColumns = @JoinColumn(name = "scheme_id"))
    List<BandRow> bands = new ArrayList<>();

    /** One row of {@code scoring_item}. */
    @Embeddable
    public static class ItemRow {
        @Column(name = "item_no", nullable = false)
        int number;
        @Column(nullable = false, length = 40)
        String code;
        @Column(nullable = false, length = 100)
        String label;
        @Column(name = "rule_type", nullable = false, length = 100)
        String ruleType;
        @Column(nullable = false, length = 2000)
        String parameters;
    }

    /** One row of {@code grade_band}. */
    @Embeddable
    public static class BandRow {
        @Column(name = "band_no", nullable = false)
        int number;
        @Column(nullable = false, length = 20)
        String grade;
        @Column(name = "minimum_tenths", nullable = false)
        int minimumTenths;
    }
}
