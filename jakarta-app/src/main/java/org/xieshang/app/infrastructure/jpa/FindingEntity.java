package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.xieshang.domain.duty.discipline.FindingKind;
import org.xieshang.domain.duty.discipline.FindingOutcome;

/** Persistence model of {@link org.xieshang.domain.duty.discipline.Finding}; mapped by {@link FindingMapper}. */
@Entity
@Table(name = "finding")
public class FindingEntity {

    @Id
    @Column(length = 36)
    String id;

    @Column(name = "committee_id", nullable = false, length = 36)
    String committeeId;

    @Column(name = "member_id", nullable = false, length = 36)
    String memberId;

    @Column(name = "term_number", nullable = false)
    int termNumber;

    @Column(name = "finding_year", nullable = false)
    int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "finding_kind", nullable = false, length = 40)
    FindingKind kind;

    @Column(name = "rule_type", nullable = false, length = 100)
    String ruleType;

    @Column(nullable = false, length = 100)
    String explanation;

    @Column(nullable = false, length = 4000)
    String arguments;

    @Column(nullable = false, length = 4000)
    String evidence;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "raised_at", nullable = false)
    Instant raisedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    FindingOutcome outcome;

    @Column(length = 1000)
    String reason;

    @Column(name = "decided_by", length = 100)
    String decidedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "decided_at")
    Instant decidedAt;

    @Column(name = "membership_decision_id", length = 36)
    String membershipDecisionId;

    @Version
    long version;
}
