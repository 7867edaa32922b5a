package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row holding the audit chain's head; locked by every append so that appends take turns. */
@Entity
@Table(name = "audit_head")
public class AuditHeadEntity {

    static final int ID = 1;

    @Id
    int id;

    @Column(name = "seq", nullable = false)
    long sequence;

    @Column(nullable = false, length = 64)
    String hash;
}
