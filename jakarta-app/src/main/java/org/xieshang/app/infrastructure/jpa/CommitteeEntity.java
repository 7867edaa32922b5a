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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.xieshang.domain.committee.CommitteeLevel;

/** Persistence model of {@link org.xieshang.domain.committee.Committee}; mapped by {@link CommitteeMapper}. */
@Entity
@Table(name = "committee")
public class CommitteeEntity {

    @Id
    @Column(length = 36)
    String id;

    @Column(nullable = false, length = 100)
    String name;

    @Column(name = "name_sort_key", nullable = false, length = 800)
    String nameSortKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "committee_level", nullable = false, length = 20)
    CommitteeLevel level;

    @Column(name = "parent_id", length = 36)
    String parentId;

    @Column(nullable = false, length = 100)
    String region;

    @ElementCollection
    @CollectionTable(name = "committee_term", joinColumns = @JoinColumn(name = "committee_id"))
    List<TermRow> terms = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plenary_session", joinColumns = @JoinColumn(name = "committee_id"))
    List<SessionRow> sessions = new ArrayList<>();

    @Version
    long version;

    /** One row of {@code committee_term}. */
    @Embeddable
    public static class TermRow {
        @Column(name = "term_number", nullable = false)
        int number;
        @Column(name = "start_date", nullable = false)
        LocalDate startInclusive;
        @Column(name = "end_date", nullable = false)
        LocalDate endInclusive;
    }

    /** One row of {@code plenary_session}. */
    @Embeddable
    public static class SessionRow {
        @Column(name = "term_number", nullable = false)
        int termNumber;
        @Column(name = "session_number", nullable = false)
        int number;
        @Column(name = "start_date", nullable = false)
        LocalDate startInclusive;
        @Column(name = "end_date", nullable = false)
        LocalDate endInclusive;
    }
}
