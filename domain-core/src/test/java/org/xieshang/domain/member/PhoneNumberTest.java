package org.xieshang.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xieshang.domain.shared.DomainException;

class PhoneNumberTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "13812345678,       13812345678",
            "19912345678,       19912345678",
            "'138 1234 5678',   13812345678",
            "' 13812345678 ',   13812345678",
            "0577-61234567,     0577-61234567",
            "057761234567,      057761234567",
            "010-12345678,      010-12345678",
            "021-1234567,       021-1234567"})
    void mobile_and_landline_numbers_are_accepted(String text, String value) {
        assertThat(PhoneNumber.parse(text, "mobile").value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"12812345678", "1381234567", "138123456789", "+8613812345678", "23812345678", "0577-612345",
            "577-61234567", "0577-612345678", "1381234567a", "电话"})
    void anything_else_is_refused_naming_the_field(String text) {
        assertThatThrownBy(() -> PhoneNumber.parse(text, "officePhone"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("phone.format");
                    assertThat(e.field()).contains("officePhone");
                });
    }

    @Test
    void a_mobile_number_is_masked_in_the_middle() {
        PhoneNumber number = PhoneNumber.parse("13812345678", "mobile");

        assertThat(number.masked()).isEqualTo("138****5678");
        assertThat(number).hasToString("138****5678");
    }

    @Test
    void a_landline_number_keeps_only_its_first_three_and_last_four_characters() {
        assertThat(PhoneNumber.parse("0577-61234567", "phone").masked()).isEqualTo("057******4567");
    }

    @Test
    void numbers_are_equal_by_value() {
        assertThat(PhoneNumber.parse("138 1234 5678", "mobile")).isEqualTo(PhoneNumber.parse("13812345678", "mobile"))
                .hasSameHashCodeAs(PhoneNumber.parse("13812345678", "mobile"));
    }
}
