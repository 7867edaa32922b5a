package org.xieshang.domain.shared;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A business rule was broken. Carries a stable {@linkplain #code() code} that callers map to
 * their own responses, the {@linkplain #field() field} at fault where there is one, and the
 * arguments of the message, so that {@link #localizedMessage(Locale)} can say it in Chinese or English.
 *
 * <p>{@link #getMessage()} is the English text, meant for logs.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String field;
    private final List<Object> arguments;

    /**
     * @param code      message code, such as {@code member.code.duplicate}, not null
     * @param field     the input field at fault, or null when the error concerns no single field
     * @param arguments values for the message's placeholders, not null
     */
    public DomainException(String code, String field, Object... arguments) {
        super(DomainMessages.format(code, Locale.ENGLISH, arguments));
        this.code = Objects.requireNonNull(code, "code");
        this.field = field;
        this.arguments = List.of(arguments);
    }

    /** @return the stable message code, never null */
    public String code() {
        return code;
    }

    /** @return the input field at fault, if the error concerns one */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** @return the message arguments, never null */
    public List<Object> arguments() {
        return arguments;
    }

    /**
     * @param locale the reader's locale, not null; Chinese for any locale without its own text
     * @return the message in that locale, never null
     */
    public String localizedMessage(Locale locale) {
        return DomainMessages.format(code, locale, arguments.toArray());
    }
}
