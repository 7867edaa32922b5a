package org.xieshang.app.infrastructure.jpa;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Short lists and maps of text in one column, so that any text (Chinese, {@code =}, {@code &}, line breaks) comes back
 * unchanged: a map as {@code name=value&…}, a list as {@code =item&=item…} (an empty list as nothing). Only the
 * separators, {@code %}, {@code +} and control characters are percent-encoded (as UTF-8); everything else, Chinese
 * included, is kept as it is, so that a column holds nine times as much Chinese as under full URL encoding and stays
 * readable. Decoding is URL decoding, so that values written fully URL-encoded (as before) read the same.
 */
final class TextCodec {

    private TextCodec() {
    }

    static String map(Map<String, String> values) {
        List<String> parts = new ArrayList<>();
        values.forEach((name, value) -> parts.add(encode(name) + "=" + encode(value)));
        return String.join("&", parts);
    }

    static Map<String, String> map(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return values;
        }
        for (String part : text.split("&")) {
            int equals = part.indexOf('=');
            values.put(decode(part.substring(0, equals)), decode(part.substring(equals + 1)));
        }
        return values;
    }

    static String list(List<String> items) {
        List<String> parts = new ArrayList<>();
        items.forEach(item -> parts.add("=" + encode(item)));
        return String.join("&", parts);
    }

    static List<String> list(String text) {
        List<String> items = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return items;
        }
        for (String part : text.split("&")) {
            items.add(decode(part.substring(1)));
        }
        return items;
    }

    private static String encode(String text) {
        StringBuilder encoded = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '&' || c == '=' || c == '+' || Character.isISOControl(c)) {
                encoded.append(URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8));
            } else {
                encoded.append(c);
            }
        }
        return encoded.toString();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
