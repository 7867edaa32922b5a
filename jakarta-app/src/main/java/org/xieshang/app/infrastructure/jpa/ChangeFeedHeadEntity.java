package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row holding the change feed's last sequence number; locked by every append so that appends take turns. */
@Entity
@Table(name = "change_feed_head")
public class ChangeFeedHeadEntity {

    static final int ID = 1;

    @Id
    int id;

    @Column(name = "seq", nullable = false)
    long sequence;
}
