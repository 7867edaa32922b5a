package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

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
}
