package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A {@link org.xieshang.domain.outcome.TrackedOutcome}: its listing columns and the whole report as a document ({@link OutcomeDocument}). */
@Entity
@Table(name = "tracked_outcome")
public class TrackedOutcomeEntity {

    @Id
    @Column(name = "activity_id", length = 36)
    String activityId;

    @Column(name = "committee_id", nullable = false, length = 36)
    String committeeId;

    @Column(nullable = false, length = 200)
    String title;

    @Column(name = "reported_on", nullable = false)
    LocalDate reportedOn;

    @Column(nullable = false, length = 20)
    String stage;

    @Lob
    @Column(nullable = false)
    String document;

    @Version
    long version;
}
