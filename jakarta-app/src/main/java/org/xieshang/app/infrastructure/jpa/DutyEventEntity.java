package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.SourceType;

/** Persistence model of {@link org.xieshang.domain.duty.DutyEvent}: written once, never changed. */
@Entity
@Table(name = "duty_event")
public class DutyEventEntity {

    @Id
    @Column(length = 36)
    String id;

    @Column(name = "committee_id", nullable = false, length = 36)
    String committeeId;

    @Column(name = "member_id", nullable = false, length = 36)
    String memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_kind", nullable = false, length = 40)
    DutyEventKind kind;

    @Column(name = "occurred_on", nullable = false)
    LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false, length = 20)
    SourceType sourceType;

    @Column(name = "source_reference", nullable = false, length = 100)
    String sourceReference;

    @Column(nullable = false, length = 200)
    String title;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;
}
