package org.xieshang.domain.audit;

/**
 * Makes text safe to keep in the trail and to print in logs and exports: control characters (line breaks
 * that could forge a log line, terminal escape sequences) and bidirectional overrides become visible
 * {@code \\uXXXX} escapes, and overlong values are cut. Idempotent, so that stored records read back unchanged.
 */
public final class AuditText {

    /** Longest value kept, in characters. */
    public static final int MAX_LENGTH = 2000;

    private AuditText() {
    }

    /**
     * @param text any text, may be null
     * @return the text with unsafe characters escaped and cut to {@link #MAX_LENGTH}; null for null
     */
    public static String safe(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 16);
        for (int i = 0; i < text.length() && out.length() < MAX_LENGTH; i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.length() > MAX_LENGTH ? out.substring(0, MAX_LENGTH) : out.toString();
    }

    private static boolean isUnsafe(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
