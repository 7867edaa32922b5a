package org.xieshang.app.application.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.xieshang.app.application.security.CurrentUser;
import org.xieshang.app.infrastructure.jpa.JpaNotices;
import org.xieshang.domain.notification.Recipient;
import org.xieshang.domain.security.Subject;

/**
 * The signed-in user's notices: those sent to the member their account is linked to and to their handling unit. An
 * account linked to neither has none. Nobody reads another's notices, so no permission beyond signing in is asked.
 */
@ApplicationScoped
@Transactional
public class NoticeService {

    /** Most notices shown at once. */
    public static final int MAX = 200;

    @Inject
    JpaNotices notices;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /**
     * @param limit how many, newest first, 1–{@value #MAX}
     * @return the user's notices, never null
     */
    public List<InboxNotice> mine(int limit) {
        List<Recipient> me = recipients();
        return me.isEmpty() ? List.of() : notices.of(me, Math.max(1, Math.min(limit, MAX)));
    }

    /**
     * @param id one of the user's notices
     * @return whether it was found among the user's and is now read
     */
    public boolean markRead(String id) {
        List<Recipient> me = recipients();
        return !me.isEmpty() && notices.markRead(id, me, clock.instant());
    }

    private List<Recipient> recipients() {
        Subject subject = user.subject();
        List<Recipient> me = new ArrayList<>();
        subject.memberId().map(Recipient::member).ifPresent(me::add);
        subject.unitId().map(Recipient::unit).ifPresent(me::add);
        return me;
    }
}
