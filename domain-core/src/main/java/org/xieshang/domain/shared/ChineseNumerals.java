package org.xieshang.domain.shared;

/**
 * Writes small ordinals the way committees name their terms and sessions: 第十三届, 二次会议.
 */
public final class ChineseNumerals {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private ChineseNumerals() {
    }

    /**
     * @param number from 1 to 99
     * @return the number in Chinese characters (13 → 十三, 20 → 二十, 21 → 二十一), never null
     * @throws IllegalArgumentException if out of range
     */
    public static String of(int number) {
        if (number < 1 || number > 99) {
            throw new IllegalArgumentException("only 1 to 99: " + number);
        }
        int tens = number / 10;
        int units = number % 10;
        StringBuilder text = new StringBuilder();
        if (tens > 1) {
            text.append(DIGITS[tens]);
        }
        if (tens > 0) {
            text.append('十');
        }
        if (units > 0) {
            text.append(DIGITS[units]);
        }
        return text.toString();
    }
}
