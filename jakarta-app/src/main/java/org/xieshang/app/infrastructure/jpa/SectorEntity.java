package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Persistence model of {@link org.xieshang.domain.sector.Sector}. */
@Entity
@Table(name = "sector")
public class SectorEntity {

    @Id
    @Column(length = 36)
    String id;

    @Column(name = "committee_id", nullable = false, length = 36)
    String committeeId;

    @Column(nullable = false, length = 50)
    String name;

    @Column(name = "display_order", nullable = false)
    int displayOrder;

    @Version
    long version;
}
