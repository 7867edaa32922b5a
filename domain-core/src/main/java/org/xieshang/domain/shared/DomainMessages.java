package org.xieshang.domain.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The text of domain message codes in Chinese (the default) and English.
 *
 * <p>Loaded from this package's own properties files rather than through {@code ResourceBundle}, whose
 * fallback to the JVM's default locale would answer a Chinese reader in English on an English server.
 */
public final class DomainMessages {

    private static final Properties CHINESE = load("messages_zh.properties");
    private static final Properties ENGLISH = load("messages_en.properties");

    private DomainMessages() {
    }

    /**
     * @param code      message code, not null
     * @param locale    the reader's locale, not null; English for English, Chinese for every other language
     * @param arguments placeholder values, not null
     * @return the formatted text, or the code itself if no text is known; never null
     */
    public static String format(String code, Locale locale, Object... arguments) {
        Properties texts = textsFor(locale);
        String pattern = texts.getProperty(code);
        if (pattern == null) {
            return code;
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] instanceof Enum<?> constant ? label(constant, locale) : arguments[i];
        }
        return new MessageFormat(pattern, texts == ENGLISH ? Locale.ENGLISH : Locale.CHINA).format(shown);
    }

    /**
     * @param constant a constant of one of the domain's enums, such as {@code MembershipStatus.ACTIVE}, not null
     * @param locale   the reader's locale, not null
     * @return its label, such as 在任 or Active; the constant's name if it has none; never null
     */
    public static String label(Enum<?> constant, Locale locale) {
        return textsFor(locale).getProperty("enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name(), constant.name());
    }

    private static Properties textsFor(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = DomainMessages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
