package org.xieshang.domain.consultation;

import org.xieshang.domain.shared.Guard;

/** Checks text from anonymous submitters: plain text only, no control characters, no markup. */
final class PlainText {

    private PlainText() {
    }

    /**
     * @param value     the text, not blank
     * @param field     the field, for the error
     * @param maxLength longest allowed, in characters
     * @return the trimmed text, never null
     * @throws org.xieshang.domain.shared.DomainException {@code text.control-characters} or {@code text.markup}
     */
    static String of(String value, String field, int maxLength) {
        String text = Guard.text(value, field, maxLength);
        Guard.check(text.codePoints().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'), "text.control-characters", field);
        Guard.check(!looksLikeMarkup(text), "text.markup", field);
        return text;
    }

    /** A tag opening such as {@code <script} or {@code </a}: a plain-text submission has no reason to carry one. */
    private static boolean looksLikeMarkup(String text) {
        for (int i = text.indexOf('<'); i >= 0 && i + 1 < text.length(); i = text.indexOf('<', i + 1)) {
            char next = text.charAt(i + 1);
            if (Character.isLetter(next) && next < 128 || next == '/' || next == '!' || next == '?') {
                return true;
            }
        }
        return false;
    }
}
