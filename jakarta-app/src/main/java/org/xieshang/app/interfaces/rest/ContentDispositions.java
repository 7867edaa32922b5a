package org.xieshang.app.interfaces.rest;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** File names in {@code Content-Disposition} headers (RFC 6266): read from uploads, written for downloads. */
final class ContentDispositions {

    private static final Pattern EXTENDED = Pattern.compile("filename\\*\\s*=\\s*UTF-8''([^;\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("filename\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOKEN = Pattern.compile("filename\\s*=\\s*([^;\"\\s]+)", Pattern.CASE_INSENSITIVE);

    private ContentDispositions() {
    }

    /**
     * @param header the request's {@code Content-Disposition}, may be null
     * @return the file name it gives, the UTF-8 form preferred; as sent (the store sanitises it)
     */
    static Optional<String> fileName(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher extended = EXTENDED.matcher(header);
        if (extended.find()) {
            try {
                return Optional.of(URLDecoder.decode(extended.group(1).replace("+", "%2B"), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
        }
        Matcher quoted = QUOTED.matcher(header);
        if (quoted.find()) {
            return Optional.of(quoted.group(1).replaceAll("\\\\(.)", "$1"));
        }
        Matcher token = TOKEN.matcher(header);
        return token.find() ? Optional.of(token.group(1)) : Optional.empty();
    }

    /**
     * @param fileName a sanitised file name, not null
     * @return the header value for downloading it, with an ASCII fallback and the UTF-8 name
     */
    static String attachment(String fileName) {
        return attachment(fileName, fileName);
    }

    /**
     * @param fileName a sanitised file name, not null
     * @param fallback the name for clients that read no UTF-8 name, such as its English form; made ASCII; not null
     * @return the header value for downloading it, with the fallback and the UTF-8 name
     */
    static String attachment(String fileName, String fallback) {
        String ascii = fallback.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
