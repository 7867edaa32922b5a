package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A {@link org.xieshang.domain.notification.Notice} delivered in the application. */
@Entity
@Table(name = "notice")
public class NoticeEntity {

    @Id
    @Column(length = 36)
    String id;

    @Column(name = "committee_id", nullable = false, length = 36)
    String committeeId;

    @Column(name = "recipient_kind", nullable = false, length = 20)
    String recipientKind;

    @Column(name = "recipient_id", nullable = false, length = 36)
    String recipientId;

    @Column(nullable = false, length = 100)
    String code;

    /** The message's arguments as text ({@link TextCodec} list); a domain enum as its label's key. */
    @Column(nullable = false, length = 2000)
    String arguments;

    @Column(name = "source_type", nullable = false, length = 20)
    String sourceType;

    @Column(name = "source_ref", nullable = false, length = 100)
    String sourceRef;

    @Column(name = "created_at", nullable = false)
    @Convert(converter = UtcInstantConverter.class)
    Instant createdAt;

    @Column(name = "read_at")
    @Convert(converter = UtcInstantConverter.class)
    Instant readAt;

    @Column(name = "mail_done_at")
    @Convert(converter = UtcInstantConverter.class)
    Instant mailDoneAt;
}
