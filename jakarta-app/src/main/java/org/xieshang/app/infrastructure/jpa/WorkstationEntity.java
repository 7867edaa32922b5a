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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.xieshang.domain.workstation.PlaceKind;
import org.xieshang.domain.workstation.PostingType;

/** Persistence model of {@link org.xieshang.domain.workstation.Workstation}. */
@Entity
@Table(name = "workstation")
public class WorkstationEntity {

    @Id
    @Column(length = 36)
    String id;

    @Column(name = "committee_id", nullable = false, length = 36)
    String committeeId;

    @Column(nullable = false, length = 100)
    String name;

    @Column(name = "name_sort_key", nullable = false, length = 800)
    String nameSortKey;

    @Column(nullable = false, length = 100)
    String place;

    @Enumerated(EnumType.STRING)
    @Column(name = "place_kind", nullable = false, length = 20)
    PlaceKind placeKind;

    @Column(name = "head_name", length = 100)
    String headName;

    @Column(name = "head_post", length = 100)
    String headPost;

    @ElementCollection
    @CollectionTable(name = "workstation_posting", joinColumns = @JoinColumn(name = "workstation_id"))
    @OrderColumn(name = "seq")
    List<PostingRow> postings = new ArrayList<>();

    @Version
    long version;

    /** One row of {@code workstation_posting}. */
    @Embeddable
    public static class PostingRow {
        @Column(name = "member_id", nullable = false, length = 36)
        String memberId;
        @Enumerated(EnumType.STRING)
        @Column(name = "posting_type", nullable = false, length = 20)
        PostingType type;
        @Column(name = "since_date", nullable = false)
        LocalDate sinceInclusive;
    }
}
