package org.xieshang.app.application.notice;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.xieshang.app.infrastructure.db.ApplicationReady;
import org.xieshang.app.infrastructure.mail.MailSender;
import org.xieshang.app.infrastructure.mail.MailSettings;

/**
 * Mails members their notices when a mail server is configured ({@code xieshang.mail.host}): every minute, outside
 * the changes' own transactions, so that a slow or absent server never holds up or rolls back a change.
 */
@ApplicationScoped
public class NoticeMailer {

    private static final Logger LOG = System.getLogger(NoticeMailer.class.getName());

    @Inject
    @ConfigProperty(name = "xieshang.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "xieshang.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "xieshang.mail.from", defaultValue = "noreply@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "xieshang.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "xieshang.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "xieshang.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    NoticeMailBatch batch;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> rounds;

    void onStart(@Observes ApplicationReady event) {
        MailSettings settings = new MailSettings(host, port, from, username, password.orElse(""), startTls);
        if (!settings.enabled()) {
            LOG.log(Level.INFO, "no mail server configured (xieshang.mail.host): notices are kept in the application only");
            return;
        }
        MailSender sender = new MailSender(settings);
        rounds = scheduler.scheduleWithFixedDelay(() -> {
            try {
                int mailed = batch.send(sender);
                if (mailed > 0) {
                    LOG.log(Level.INFO, "mailed " + mailed + " notices");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "mailing notices failed; trying again in a minute", e);
            }
        }, 30, 60, TimeUnit.SECONDS);
        LOG.log(Level.INFO, "notices are mailed through " + host.get() + ":" + port);
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }
}
