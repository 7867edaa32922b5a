package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/** Persistence model of {@link org.xieshang.domain.sector.SectorGroup}. */
@Entity
@Table(name = "sector_group")
public class SectorGroupEntity {

    @Id
    @Column(length = 36)
    String id;

    @Column(name = "committee_id", nullable = false, length = 36)
    String committeeId;

    @Column(nullable = false, length = 100)
    String name;

    @Column(name = "name_sort_key", nullable = false, length = 800)
    String nameSortKey;

    @Column(name = "leader_id", length = 36)
    String leaderId;

    @ElementCollection
    @CollectionTable(name = "sector_group_sector", joinColumns = @JoinColumn(name = "sector_group_id"))
    @OrderColumn(name = "seq")
    @Column(name = "sector_id", nullable = false, length = 36)
    List<String> sectorIds = new ArrayList<>();

    @Version
    long version;
}
