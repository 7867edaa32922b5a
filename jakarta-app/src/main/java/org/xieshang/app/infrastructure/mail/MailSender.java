package org.xieshang.app.infrastructure.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;

/** Sends plain-text mail in UTF-8 through the configured server. Thread-safe. */
public final class MailSender {

    private final MailSettings settings;
    private final Session session;

    /** @param settings the server, with mail enabled; not null */
    public MailSender(MailSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(settings.properties(), settings.username().isEmpty() ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.username().get(), settings.password());
            }
        });
    }

    /**
     * @param to      the address, not blank
     * @param subject the subject, not blank
     * @param body    the text, not null
     * @throws MessagingException if the server refuses or cannot be reached
     */
    public void send(String to, String subject, String body) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        Transport.send(message);
    }
}
