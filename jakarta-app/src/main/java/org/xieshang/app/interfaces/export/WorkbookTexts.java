package org.xieshang.app.interfaces.export;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.xieshang.domain.shared.DomainMessages;

/**
 * The words of a workbook in the reader's language, from the screens' bundle (so that a column is named as on the
 * screen) and the domain's labels: English for English, Chinese for every other language. Immutable.
 */
final class WorkbookTexts {

    /** The screens' bundle, {@code msg} in faces-config.xml. */
    private static final String BUNDLE = "org.xieshang.app.i18n.ui";

    private final Locale locale;
    private final ResourceBundle bundle;

    WorkbookTexts(Locale reader) {
        locale = english(reader) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        // No fallback to the JVM's locale: a Chinese reader on an English server still gets Chinese.
        bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static boolean english(Locale reader) {
        return Locale.ENGLISH.getLanguage().equals(reader.getLanguage());
    }

    /** @param arguments placeholder values; pass years as text, or MessageFormat writes 2,026 */
    String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** @return the domain's label of the constant, or null for none (an empty cell) */
    String label(Enum<?> constant) {
        return constant == null ? null : DomainMessages.label(constant, locale);
    }

    String yesNo(boolean yes) {
        return text(yes ? "yes" : "no");
    }

    /** @return the names as one cell's text, separated as the language separates a list; null for none (an empty cell) */
    String list(List<String> names) {
        return names.isEmpty() ? null : String.join(english(locale) ? ", " : "、", names);
    }
}
