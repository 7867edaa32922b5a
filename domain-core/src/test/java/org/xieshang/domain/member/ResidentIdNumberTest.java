package org.xieshang.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xieshang.domain.shared.DomainException;

class ResidentIdNumberTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // number,              stored as,            birth date, gender
            "11010519491231002X,    11010519491231002X,   1949-12-31, FEMALE", // the GB 11643-1999 sample
            "11010519491231002x,    11010519491231002X,   1949-12-31, FEMALE", // lower-case check character
            "' 11010519491231002X ', 11010519491231002X,  1949-12-31, FEMALE", // surrounding white space
            "33039919800101000X,    33039919800101000X,   1980-01-01, FEMALE",
            "330399197506180026,    330399197506180026,   1975-06-18, FEMALE",
            "330399197506180018,    330399197506180018,   1975-06-18, MALE",
            "330399196802290014,    330399196802290014,   1968-02-29, MALE",   // leap day
            "440304200002291236,    440304200002291236,   2000-02-29, MALE",   // leap day of a century leap year
            "510101199912314567,    510101199912314567,   1999-12-31, FEMALE",
            "330399190001010011,    330399190001010011,   1900-01-01, MALE"})  // earliest plausible year
    void a_valid_number_gives_its_birth_date_and_gender(String text, String value, LocalDate birthDate, Gender gender) {
        ResidentIdNumber number = ResidentIdNumber.parse(text);

        assertThat(number.value()).isEqualTo(value);
        assertThat(number.birthDate()).isEqualTo(birthDate);
        assertThat(number.gender()).isEqualTo(gender);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "1101051949123100,     resident-id.format",      // too short
            "11010519491231002X1,  resident-id.format",      // too long
            "1101051949123100XX,   resident-id.format",      // X before the last place
            "A1010519491231002X,   resident-id.format",
            "110105-19491231002X,  resident-id.format",
            "１１０１０５１９４９１２３１００２Ｘ, resident-id.format", // full-width digits
            "110105194902300020,   resident-id.birth-date",  // 30 February (check character right)
            "330399202302300018,   resident-id.birth-date",  // 30 February
            "330399197513010017,   resident-id.birth-date",  // month 13
            "330399199000000015,   resident-id.birth-date",  // day 0
            "330399189912310017,   resident-id.birth-date",  // before 1900
            "110105194912310021,   resident-id.check-digit", // should be X
            "11010519491231002Y,   resident-id.format",
            "330399197506180019,   resident-id.check-digit", // should be 8
            "330399197506180027,   resident-id.check-digit"})
    void an_invalid_number_is_refused_with_the_reason(String text, String code) {
        assertThatThrownBy(() -> ResidentIdNumber.parse(text))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.field()).contains("residentIdNumber");
                });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void a_missing_number_is_malformed(String text) {
        assertThatThrownBy(() -> ResidentIdNumber.parse(text))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("resident-id.format"));
    }

    @ParameterizedTest(name = "17th digit {1} → {2}")
    @CsvSource({
            "33039919750618000, 0, FEMALE",
            "33039919750618001, 1, MALE",
            "33039919750618002, 2, FEMALE",
            "33039919750618003, 3, MALE",
            "33039919750618008, 8, FEMALE",
            "33039919750618009, 9, MALE"})
    void the_gender_comes_from_the_seventeenth_digit(String first17, char digit, Gender gender) {
        ResidentIdNumber number = ResidentIdNumber.parse(first17 + ResidentIdNumber.checkCharacter(first17));

        assertThat(number.value().charAt(16)).isEqualTo(digit);
        assertThat(number.gender()).isEqualTo(gender);
    }

    @Test
    void the_check_character_follows_iso_7064_mod_11_2() {
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIdNumber.checkCharacter("33039919750618001")).isEqualTo('8');
        assertThat(ResidentIdNumber.checkCharacter("33039919680229001")).isEqualTo('4');
    }

    @Test
    void the_masked_form_shows_the_first_three_and_last_four_characters_only() {
        assertThat(ResidentIdNumber.parse("11010519491231002X").masked()).isEqualTo("110***********002X");
        assertThat(ResidentIdNumber.parse("330399197506180018").masked()).isEqualTo("330***********0018");
    }

    @Test
    void to_string_is_masked_so_that_logs_do_not_leak_the_number() {
        ResidentIdNumber number = ResidentIdNumber.parse("11010519491231002X");

        assertThat(number).hasToString("110***********002X");
        assertThat(String.valueOf(number)).doesNotContain("19491231");
    }

    @Test
    void numbers_are_equal_by_value_whatever_the_case_of_the_check_character() {
        assertThat(ResidentIdNumber.parse("11010519491231002x")).isEqualTo(ResidentIdNumber.parse("11010519491231002X"))
                .hasSameHashCodeAs(ResidentIdNumber.parse("11010519491231002X"));
        assertThat(ResidentIdNumber.parse("330399197506180018")).isNotEqualTo(ResidentIdNumber.parse("330399197506180026"));
    }
}
