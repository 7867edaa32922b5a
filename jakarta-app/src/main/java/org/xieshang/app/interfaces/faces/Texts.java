package org.xieshang.app.interfaces.faces;

import jakarta.enterprise.inject.spi.CDI;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.xieshang.domain.committee.PlenarySession;
import org.xieshang.domain.shared.ChineseNumerals;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.DomainMessages;

/** What the screens say, in the language of the page being rendered: the screens' bundle and the domain's texts. */
final class Texts {

    /** The bundle faces-config.xml names {@code msg}. */
    private static final String BUNDLE = "org.xieshang.app.i18n.ui";

    private Texts() {
    }

    /**
     * The session's language. Not the view root's locale: {@code <f:view locale>} applies it only when the page
     * renders, after view actions and converters have run.
     */
    static Locale locale() {
        return CDI.current().select(LanguageSwitch.class).get().getLocale();
    }

    static boolean english() {
        return locale().getLanguage().equals(Locale.ENGLISH.getLanguage());
    }

    static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    /** @return the domain's label of the constant, such as 中共 or CPC */
    static String label(Enum<?> constant) {
        return constant == null ? "" : DomainMessages.label(constant, locale());
    }

    static String error(DomainException e) {
        return e.localizedMessage(locale());
    }

    /** @return the day as readers of this language write it, or an empty text */
    static String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofPattern(text("format.date"), locale()).format(day);
    }

    /** @return the day as yyyy-MM-dd, as the proposal screens write deadlines in both languages, or an empty text */
    static String isoDate(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** @return the instant as yyyy-MM-dd HH:mm in the committees' time zone, or an empty text */
    static String isoTime(Instant instant) {
        ZoneId zone = CDI.current().select(Clock.class).get().getZone();
        return instant == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone).format(instant);
    }

    /** @return a share of 0–1 as a percentage with one decimal, such as 87.5% */
    static String percent(double share) {
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(share);
    }

    /** @return the instant as a date and time in the committees' time zone, or an empty text */
    static String time(Instant instant) {
        ZoneId zone = CDI.current().select(Clock.class).get().getZone();
        return instant == null ? "" : DateTimeFormatter.ofPattern(text("format.time"), locale()).withZone(zone).format(instant);
    }

    /** @return a local date and time (a meeting's start) as readers of this language write it, or an empty text */
    static String dateTime(LocalDateTime time) {
        return time == null ? "" : DateTimeFormatter.ofPattern(text("format.time"), locale()).format(time);
    }

    static String period(LocalDate from, LocalDate until) {
        return text("format.period", date(from), until == null ? text("format.open-end") : date(until));
    }

    /** @return 第十四届 in Chinese, Term 14 in English */
    static String term(int number) {
        return english() ? text("term.name", number) : "第" + ChineseNumerals.of(number) + "届";
    }

    static String session(int termNumber, PlenarySession session) {
        return english() ? text("session.name", termNumber, session.number()) : session.displayName(termNumber);
    }
}
