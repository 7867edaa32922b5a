package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A {@link org.xieshang.domain.socialreport.SocialReport}: the columns lists filter and sort on, and the whole report as
 * a document ({@link SocialReportDocument}).
 */
@Entity
@Table(name = "social_report")
public class SocialReportEntity {

    @Id
    @Column(length = 36)
    String id;

    @Column(name = "committee_id", nullable = false, length = 36)
    String committeeId;

    @Column(name = "report_year", nullable = false)
    int year;

    @Column(nullable = false, length = 20)
    String status;

    @Column(name = "submitter_id", nullable = false, length = 36)
    String submitterId;

    /** Co-authors' identifiers ({@link TextCodec} list), for LIKE filters only. */
    @Column(name = "co_author_ids", length = 2000)
    String coAuthorIds;

    @Column(nullable = false, length = 100)
    String title;

    @Column(nullable = false, length = 30)
    String category;

    @Column(name = "origin_proposal_id", length = 36)
    String originProposalId;

    /** The last hand-in, null for a draft: the register's order. */
    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "submitted_at")
    Instant submittedAt;

    @Lob
    @Column(nullable = false)
    String document;

    @Version
    long version;
}
