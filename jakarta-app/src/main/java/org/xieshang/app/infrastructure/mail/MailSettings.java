package org.xieshang.app.infrastructure.mail;

import java.util.Optional;
import java.util.Properties;

/**
 * How to reach the mail server: none configured means notices stay in the application only. Immutable.
 *
 * @param host     the SMTP host, if mail is on
 * @param port     the SMTP port
 * @param from     the sender address, such as {@code noreply@zx.example.gov.cn}
 * @param username the account, if the server wants one
 * @param password its password
 * @param startTls whether to upgrade the connection with STARTTLS
 */
public record MailSettings(Optional<String> host, int port, String from, Optional<String> username, String password, boolean startTls) {

    /** @return whether mail is configured */
    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** @return Jakarta Mail's session properties for these settings, never null */
    public Properties properties() {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", host.orElse("localhost"));
        p.put("mail.smtp.port", Integer.toString(port));
        p.put("mail.smtp.auth", Boolean.toString(username.isPresent()));
        p.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        return p;
    }
}
