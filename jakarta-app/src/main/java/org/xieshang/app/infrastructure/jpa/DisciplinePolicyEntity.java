package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.xieshang.domain.duty.discipline.DisciplinePreset;

/** Persistence model of {@link org.xieshang.domain.duty.discipline.DisciplinePolicy}, one per committee. */
@Entity
@Table(name = "discipline_policy")
public class DisciplinePolicyEntity {

    @Id
    @Column(name = "committee_id", length = 36)
    String committeeId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    DisciplinePreset preset;

    @ElementCollection
    @CollectionTable(name = "discipline_rule", joinColumns = @JoinColumn(name = "committee_id"))
    List<RuleRow> rules = new ArrayList<>();

    @Version
    long version;

    /** One row of {@code discipline_rule}. */
    @Embeddable
    public static class RuleRow {
        @Column(name = "rule_no", nullable = false)
        int number;
        @Column(name = "rule_type", nullable = false, length = 100)
        String type;
        @Column(nullable = false, length = 2000)
        String parameters;
    }
}
