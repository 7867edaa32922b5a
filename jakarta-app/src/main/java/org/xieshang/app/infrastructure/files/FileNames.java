package org.xieshang.app.infrastructure.files;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes a client's file name safe to store, show and offer for download on any system: no path, no control or
 * reserved characters, no names Windows keeps for devices, at most {@value #MAX_LENGTH} characters. Chinese and
 * other letters are kept as they are.
 */
public final class FileNames {

    /** Longest name kept, in UTF-16 chars: the column holds 100 characters on Derby and PostgreSQL alike. */
    public static final int MAX_LENGTH = 100;

    /** The name given when nothing usable remains of the client's one (附件: attachment). */
    public static final String DEFAULT_NAME = "附件";

    /** Characters Windows does not allow in file names ({@code /} and {@code \} are path separators, taken first). */
    private static final String RESERVED = "<>:\"/\\|?*";

    /** Names Windows gives to devices, whatever the extension ({@code CON.txt} opens the console). */
    private static final Set<String> DEVICE_NAMES = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    /**
     * An extension is 1 to 10 ASCII letters and digits with at least one letter, so that the dots of
     * {@code 第3.2节} or {@code 2024.03.15} do not make one.
     */
    private static final Pattern EXTENSION = Pattern.compile("(?=[0-9]*[A-Za-z])[A-Za-z0-9]{1,10}");

    private FileNames() {
    }

    /**
     * Keeps the last segment of a path ({@code /} or {@code \}), drops control, format and reserved characters,
     * turns every run of white space into one space, strips leading dots and spaces and trailing ones, renames
     * Windows device names, and shortens the name to {@value #MAX_LENGTH} characters keeping its extension.
     *
     * @param name the name the client sent; may be null
     * @return a safe name, {@value #DEFAULT_NAME} if nothing usable remains; never null or empty
     */
    public static String sanitise(String name) {
        if (name == null) {
            return DEFAULT_NAME;
        }
        String normalised = Normalizer.normalize(name, Normalizer.Form.NFC);
        String lastSegment = normalised.substring(Math.max(normalised.lastIndexOf('/'), normalised.lastIndexOf('\\')) + 1);
        String cleaned = trimDotsAndSpaces(cleanCharacters(lastSegment));
        return cleaned.isEmpty() ? DEFAULT_NAME : shorten(notADevice(cleaned));
    }

    /**
     * @param name a file name, not null
     * @return its extension in lower case without the dot, such as {@code pdf}; empty if it has none
     */
    public static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return "";
        }
        String extension = name.substring(dot + 1);
        return EXTENSION.matcher(extension).matches() ? extension.toLowerCase(Locale.ROOT) : "";
    }

    /**
     * @param sanitised a name returned by {@link #sanitise}, not null
     * @param type      the type the content was found to be, not null
     * @return the name itself if it ends with an extension of that type, otherwise the name with the type's
     *         extension added (shortened again if need be); never null
     */
    public static String withExtension(String sanitised, FileType type) {
        if (type.goesBy(extensionOf(sanitised))) {
            return sanitised;
        }
        return shorten(sanitised + "." + type.extension());
    }

    private static String cleanCharacters(String name) {
        StringBuilder kept = new StringBuilder(name.length());
        boolean spaceBefore = false;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                if (!spaceBefore) {
                    kept.append(' ');
                    spaceBefore = true;
                }
            } else if (!isDropped(codePoint)) {
                kept.appendCodePoint(codePoint);
                spaceBefore = false;
            }
        }
        return kept.toString();
    }

    /** Control characters, invisible format characters (a right-to-left override disguises {@code exe.pdf}), lone surrogates. */
    private static boolean isDropped(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || RESERVED.indexOf(codePoint) >= 0;
    }

    private static String trimDotsAndSpaces(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (name.charAt(start) == '.' || name.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
            end--;
        }
        return name.substring(start, end);
    }

    private static String notADevice(String name) {
        int dot = name.indexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        return DEVICE_NAMES.contains(base.strip().toUpperCase(Locale.ROOT)) ? "_" + name : name;
    }

    /** Cuts the part before the extension, never inside a surrogate pair, so that the name keeps its type. */
    private static String shorten(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        String extension = extensionOf(name);
        String suffix = extension.isEmpty() ? "" : name.substring(name.length() - extension.length() - 1);
        int end = MAX_LENGTH - suffix.length();
        if (Character.isHighSurrogate(name.charAt(end - 1))) {
            end--;
        }
        String base = trimDotsAndSpaces(name.substring(0, end));
        return (base.isEmpty() ? DEFAULT_NAME : base) + suffix;
    }
}
