package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.xieshang.domain.committee.HandlingUnitKind;

/** Persistence model of {@link org.xieshang.domain.committee.HandlingUnit}. */
@Entity
@Table(name = "handling_unit")
public class HandlingUnitEntity {

    @Id
    @Column(length = 36)
    String id;

    @Column(name = "committee_id", nullable = false, length = 36)
    String committeeId;

    @Column(nullable = false, length = 100)
    String name;

    @Column(name = "name_sort_key", nullable = false, length = 800)
    String nameSortKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    HandlingUnitKind kind;

    @Column(name = "contact_person", length = 50)
    String contactPerson;

    @Column(name = "contact_phone", length = 30)
    String contactPhone;

    @Column(nullable = false)
    @Convert(converter = FlagConverter.class)
    boolean active;

    @Version
    long version;
}
