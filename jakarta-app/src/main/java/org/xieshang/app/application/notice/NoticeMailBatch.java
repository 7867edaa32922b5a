package org.xieshang.app.application.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.transaction.Transactional;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.xieshang.app.infrastructure.jpa.JpaNotices;
import org.xieshang.app.infrastructure.jpa.JpaNotices.MailableNotice;
import org.xieshang.app.infrastructure.mail.MailSender;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.Members;

/**
 * One round of mailing: members' notices of the last two days not yet dealt with, each mailed to the member's address
 * (in Chinese) and marked, or marked without mail when the member has no address. A server that refuses ends the
 * round with the rest left for the next one. One transaction per round.
 */
@ApplicationScoped
@Transactional
public class NoticeMailBatch {

    private static final Logger LOG = System.getLogger(NoticeMailBatch.class.getName());
    private static final int ROUND = 100;
    private static final Duration BACKLOG = Duration.ofDays(2);

    @Inject
    JpaNotices notices;

    @Inject
    Members members;

    @Inject
    Clock clock;

    /**
     * @param sender the mail server, not null
     * @return how many notices were mailed
     */
    public int send(MailSender sender) {
        Instant now = clock.instant();
        int mailed = 0;
        for (MailableNotice pending : notices.unmailed(now.minus(BACKLOG), ROUND)) {
            Optional<String> address = members.find(MemberId.parse(pending.memberId())).flatMap(m -> m.profile().email());
            if (address.isPresent()) {
                try {
                    sender.send(address.get(), "政协履职通知", pending.notice().text(Locale.CHINA) + "\n\n请登录系统查看详情。");
                    mailed++;
                } catch (MessagingException e) {
                    LOG.log(Level.WARNING, "mail server refused notice " + pending.id() + "; the rest waits for the next round", e);
                    break;
                }
            }
            notices.mailDone(pending.id(), now);
        }
        return mailed;
    }
}
