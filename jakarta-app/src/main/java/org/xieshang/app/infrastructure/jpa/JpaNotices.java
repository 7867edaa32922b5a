package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.xieshang.app.application.notice.InboxNotice;
import org.xieshang.domain.notification.Notice;
import org.xieshang.domain.notification.Notifier;
import org.xieshang.domain.notification.Recipient;
import org.xieshang.domain.notification.RecipientKind;

/**
 * Notices kept in the database for their recipients to read in the application. Writing in the change's transaction
 * means a notice exists exactly when its change does.
 */
public final class JpaNotices implements Notifier {

    private final EntityManager em;

    /** @param em the entity manager, not null */
    public JpaNotices(EntityManager em) {
        this.em = em;
    }

    @Override
    public void send(Notice notice) {
        NoticeEntity entity = new NoticeEntity();
        entity.id = UUID.randomUUID().toString();
        entity.committeeId = notice.committeeId().toString();
        entity.recipientKind = notice.recipient().kind().name();
        entity.recipientId = notice.recipient().id();
        entity.code = notice.code();
        entity.arguments = TextCodec.list(notice.arguments().stream().map(JpaNotices::text).toList());
        entity.sourceType = notice.source().type().name();
        entity.sourceRef = notice.source().reference();
        entity.createdAt = notice.at();
        em.persist(entity);
    }

    /**
     * @param recipients the member and unit the reader stands for, not empty
     * @param limit      how many, newest first
     * @return their notices, never null
     */
    public List<InboxNotice> of(List<Recipient> recipients, int limit) {
        return em.createQuery("SELECT n FROM NoticeEntity n WHERE CONCAT(n.recipientKind, ':', n.recipientId) IN :keys ORDER BY n.createdAt DESC, n.id",
                        NoticeEntity.class)
                .setParameter("keys", recipients.stream().map(r -> r.kind().name() + ":" + r.id()).toList())
                .setMaxResults(limit)
                .getResultList().stream()
                .map(n -> new InboxNotice(n.id, n.code, TextCodec.list(n.arguments), n.sourceType + ":" + n.sourceRef, n.createdAt,
                        Optional.ofNullable(n.readAt)))
                .toList();
    }

    /**
     * @param id         a notice, not null
     * @param recipients whom the reader stands for, not empty
     * @param at         when, not null
     * @return whether the reader's notice was found and marked
     */
    public boolean markRead(String id, List<Recipient> recipients, Instant at) {
        NoticeEntity entity = em.find(NoticeEntity.class, id);
        if (entity == null || recipients.stream().noneMatch(r -> r.kind().name().equals(entity.recipientKind) && r.id().equals(entity.recipientId))) {
            return false;
        }
        if (entity.readAt == null) {
            entity.readAt = at;
        }
        return true;
    }

    /**
     * @param since only notices created after this, so that turning mail on does not send a backlog; not null
     * @param limit how many at most
     * @return members' notices the mailer has not dealt with, oldest first, locked against a second mailer; never null
     */
    public List<MailableNotice> unmailed(Instant since, int limit) {
        return em.createQuery("SELECT n FROM NoticeEntity n WHERE n.mailDoneAt IS NULL AND n.recipientKind = :member AND n.createdAt > :since"
                        + " ORDER BY n.createdAt, n.id", NoticeEntity.class)
                .setParameter("member", RecipientKind.MEMBER.name())
                .setParameter("since", since)
                .setMaxResults(limit)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream()
                .map(n -> new MailableNotice(n.id, n.recipientId, new InboxNotice(n.id, n.code, TextCodec.list(n.arguments),
                        n.sourceType + ":" + n.sourceRef, n.createdAt, Optional.ofNullable(n.readAt))))
                .toList();
    }

    /**
     * @param id a notice, not null
     * @param at when the mailer dealt with it, not null
     */
    public void mailDone(String id, Instant at) {
        NoticeEntity entity = em.find(NoticeEntity.class, id);
        if (entity != null) {
            entity.mailDoneAt = at;
        }
    }

    /** A member's notice waiting for the mailer: its identifier, the member, and what it says. */
    public record MailableNotice(String id, String memberId, InboxNotice notice) {
    }

    private static String text(Object argument) {
        return argument instanceof Enum<?> constant ? "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name()
                : String.valueOf(argument);
    }
}
