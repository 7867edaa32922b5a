package org.xieshang.app.application.notice;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.xieshang.domain.shared.DomainMessages;

/**
 * A notice as its recipient reads it. Immutable.
 *
 * @param id        its identifier
 * @param code      the message code
 * @param arguments the arguments as stored: texts, and domain enums as their label keys ({@code enum.X.Y})
 * @param source    what it concerns, such as {@code PROPOSAL:<id>}
 * @param createdAt when
 * @param readAt    when the recipient marked it read, if they have
 */
public record InboxNotice(String id, String code, List<String> arguments, String source, Instant createdAt, Optional<Instant> readAt) {

    /**
     * @param locale the reader's locale, not null
     * @return the notice's text in that language, never null
     */
    public String text(Locale locale) {
        Object[] shown = arguments.stream().map(a -> a.startsWith("enum.") ? DomainMessages.format(a, locale) : a).toArray();
        return DomainMessages.format(code, locale, shown);
    }
}
