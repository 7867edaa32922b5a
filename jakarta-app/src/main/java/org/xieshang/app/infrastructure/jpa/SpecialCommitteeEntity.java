package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Persistence model of {@link org.xieshang.domain.specialcommittee.SpecialCommittee}. */
@Entity
@Table(name = "special_committee")
public class SpecialCommitteeEntity {

    @Id
    @Column(length = 36)
    String id;

    @Column(name = "committee_id", nullable = false, length = 36)
    String committeeId;

    @Column(nullable = false, length = 100)
    String name;

    @Column(name = "name_sort_key", nullable = false, length = 800)
    String nameSortKey;

    @Column(name = "director_id", length = 36)
    String directorId;

    @Column(name = "one_person", nullable = false)
    @Convert(converter = FlagConverter.class)
    boolean onePerson;

    @Version
    long version;
}
