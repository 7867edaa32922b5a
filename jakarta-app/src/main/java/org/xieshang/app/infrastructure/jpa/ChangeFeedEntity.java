package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** One entry of the change feed. Written once, never changed. */
@Entity
@Table(name = "change_feed")
public class ChangeFeedEntity {

    @Id
    @Column(name = "seq")
    long sequence;

    @Column(name = "committee_id", nullable = false, length = 36)
    String committeeId;

    @Column(name = "item_type", nullable = false, length = 30)
    String itemType;

    @Column(name = "item_id", nullable = false, length = 36)
    String itemId;

    @Column(name = "item_version", nullable = false)
    long itemVersion;

    @Column(nullable = false)
    @Convert(converter = FlagConverter.class)
    boolean removed;

    @Column(name = "changed_at", nullable = false)
    @Convert(converter = UtcInstantConverter.class)
    Instant changedAt;

    @Lob
    @Column
    String payload;

    /** The handling units whose own feed shows this entry. */
    @ElementCollection
    @CollectionTable(name = "change_feed_unit", joinColumns = @JoinColumn(name = "seq"))
    @Column(name = "unit_id", length = 36)
    Set<String> unitIds = new HashSet<>();
}
