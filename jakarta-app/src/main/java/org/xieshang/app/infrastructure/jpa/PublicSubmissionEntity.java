package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.xieshang.domain.consultation.ContentArea;
import org.xieshang.domain.consultation.SubmissionStatus;

/** A {@link org.xieshang.domain.consultation.PublicSubmission}, keyed by its receipt number. */
@Entity
@Table(name = "public_submission")
public class PublicSubmissionEntity {

    @Id
    @Column(length = 14)
    String receipt;

    @Column(name = "committee_id", nullable = false, length = 36)
    String committeeId;

    @Column(name = "plan_year", nullable = false)
    int year;

    @Column(nullable = false, length = 200)
    String title;

    @Column(nullable = false, length = 2000)
    String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_area", nullable = false, length = 40)
    ContentArea area;

    @Column(length = 50)
    String submitter;

    @Column(length = 100)
    String contact;

    @Column(name = "received_on", nullable = false)
    LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    SubmissionStatus status;

    @Column(name = "topic_id", length = 36)
    String topicId;

    @Column(length = 1000)
    String reply;

    @Version
    long version;
}
