package org.xieshang.domain.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Orders Chinese names the way users expect them in rosters: by pinyin (阿明, 白雪, 陈静, 张伟).
 *
 * <p>Uses the JDK's Chinese collator. {@link #sortKey(String)} turns a name into a text key whose plain
 * character order equals the pinyin order, so a database can sort by it without knowing Chinese.
 */
public final class NameCollation {

    private NameCollation() {
    }

    /** @return a comparator in pinyin order, never null; thread-safe */
    public static Comparator<String> pinyinOrder() {
        // Collator instances are not thread-safe; getInstance hands out a fresh clone each time.
        return (a, b) -> Collator.getInstance(Locale.CHINA).compare(a, b);
    }

    /**
     * @param name the name, not null
     * @return a key of lower-case hexadecimal digits whose natural order is the name's pinyin order, never null
     */
    public static String sortKey(String name) {
        return HexFormat.of().formatHex(Collator.getInstance(Locale.CHINA).getCollationKey(name).toByteArray());
    }
}
