package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A {@link org.xieshang.domain.proposal.Proposal}: the columns lists filter and sort on, and the whole proposal as a
 * document ({@link ProposalDocument}).
 */
@Entity
@Table(name = "proposal")
public class ProposalEntity {

    @Id
    @Column(length = 36)
    String id;

    @Column(name = "committee_id", nullable = false, length = 36)
    String committeeId;

    @Column(name = "proposal_year", nullable = false)
    int year;

    @Column(nullable = false, length = 20)
    String origin;

    @Column(nullable = false, length = 20)
    String status;

    @Column(name = "proposer_kind", nullable = false, length = 20)
    String proposerKind;

    @Column(name = "lead_member_id", length = 36)
    String leadMemberId;

    /** Invited co-signers' identifiers ({@link TextCodec} list), for LIKE filters only. */
    @Column(name = "co_signer_ids", length = 2000)
    String coSignerIds;

    @Column(nullable = false, length = 100)
    String title;

    @Column(nullable = false, length = 30)
    String category;

    @Column(name = "filing_number")
    Integer filingNumber;

    @Column(name = "key_proposal", nullable = false)
    @Convert(converter = FlagConverter.class)
    boolean key;

    @Column
    LocalDate deadline;

    @Column(name = "bundle_id", length = 36)
    String bundleId;

    /** Assigned units' identifiers ({@link TextCodec} list), for LIKE filters only. */
    @Column(name = "unit_ids", length = 500)
    String unitIds;

    @Lob
    @Column(nullable = false)
    String document;

    @Version
    long version;
}
