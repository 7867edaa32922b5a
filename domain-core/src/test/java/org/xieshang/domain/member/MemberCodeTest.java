package org.xieshang.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xieshang.domain.shared.DomainException;

class MemberCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "QC-001", "qc-001", "13-JJ-0007", "A1234567890123456789"})
    void letters_digits_and_hyphens_up_to_twenty_make_a_code(String text) {
        assertThat(MemberCode.of(text).value()).isEqualTo(text);
    }

    @Test
    void surrounding_white_space_is_ignored() {
        assertThat(MemberCode.of("  QC-001 ")).isEqualTo(MemberCode.of("QC-001")).hasToString("QC-001");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void a_blank_code_is_missing(String text) {
        assertThatThrownBy(() -> MemberCode.of(text))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("field.required");
                    assertThat(e.field()).contains("code");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"-001", "QC 001", "QC_001", "QC/001", "委员001", "QC-001!"})
    void other_characters_are_refused(String text) {
        assertThatThrownBy(() -> MemberCode.of(text))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("member.code.format");
                    assertThat(e.field()).contains("code");
                });
    }

    @Test
    void a_code_longer_than_twenty_is_refused() {
        assertThatThrownBy(() -> MemberCode.of("A12345678901234567890"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).contains("code"));
        assertThatThrownBy(() -> new MemberCode("A12345678901234567890"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("member.code.format"));
    }
}
