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
import org.xieshang.domain.duty.DutyReportKind;
import org.xieshang.domain.duty.DutyReportStatus;

/** Persistence model of {@link org.xieshang.domain.duty.DutyReport}. */
@Entity
@Table(name = "duty_report")
public class DutyReportEntity {

    @Id
    @Column(length = 36)
    String id;

    @Column(name = "committee_id", nullable = false, length = 36)
    String committeeId;

    @Column(name = "member_id", nullable = false, length = 36)
    String memberId;

    @Column(name = "report_year", nullable = false)
    int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "report_kind", nullable = false, length = 30)
    DutyReportKind kind;

    @Column(name = "report_text", nullable = false, length = 20000)
    String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    DutyReportStatus status;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "submitted_at")
    Instant submittedAt;

    @Column(name = "reviewed_by", length = 100)
    String reviewedBy;

    @Column(name = "review_comment", length = 1000)
    String reviewComment;

    @Version
    long version;
}
