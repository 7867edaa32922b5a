package org.xieshang.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "1, 一",
            "2, 二",
            "9, 九",
            "10, 十",
            "11, 十一",
            "13, 十三",
            "19, 十九",
            "20, 二十",
            "21, 二十一",
            "30, 三十",
            "45, 四十五",
            "90, 九十",
            "99, 九十九"})
    void numbers_are_written_the_way_terms_and_sessions_are_named(int number, String expected) {
        assertThat(ChineseNumerals.of(number)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 100, 1000})
    void numbers_outside_one_to_ninety_nine_are_refused(int number) {
        assertThatThrownBy(() -> ChineseNumerals.of(number)).isInstanceOf(IllegalArgumentException.class);
    }
}
