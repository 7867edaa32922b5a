package org.xieshang.app.interfaces.rest;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.xieshang.domain.shared.DomainMessages;

/** Texts of the API's own problems (titles, request errors); domain errors come from the domain's messages. */
public final class ApiMessages {

    private static final String BUNDLE = "org.xieshang.app.i18n.api";

    private ApiMessages() {
    }

    public static String text(String code, Locale locale, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, english(locale) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        if (!bundle.containsKey(code)) {
            return DomainMessages.format(code, locale, arguments);
        }
        return new MessageFormat(bundle.getString(code), locale).format(arguments);
    }

    static boolean english(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
