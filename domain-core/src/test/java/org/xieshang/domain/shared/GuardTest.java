package org.xieshang.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class GuardTest {

    @Test
    void a_required_value_is_returned_as_it_is() {
        Object value = new Object();

        assertThat(Guard.required(value, "value")).isSameAs(value);
    }

    @Test
    void a_missing_required_value_names_its_field() {
        assertThatThrownBy(() -> Guard.required(null, "gender"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("field.required");
                    assertThat(e.field()).contains("gender");
                    assertThat(e.localizedMessage(Locale.CHINA)).isEqualTo("此项为必填项");
                });
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n", "\u3000"})
    void blank_text_is_missing(String blank) {
        assertThatThrownBy(() -> Guard.text(blank, "name", 10))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("field.required");
                    assertThat(e.field()).contains("name");
                });
        assertThat(Guard.optionalText(blank, "name", 10)).isNull();
    }

    @Test
    void text_is_stripped_and_measured_after_stripping() {
        assertThat(Guard.text("  张伟  ", "name", 2)).isEqualTo("张伟");
        assertThat(Guard.optionalText(" 东城区 ", "region", 3)).isEqualTo("东城区");
    }

    @Test
    void text_longer_than_allowed_is_refused_with_the_limit() {
        assertThatCode(() -> Guard.text("一二三", "name", 3)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Guard.text("一二三四", "name", 3))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("field.too-long");
                    assertThat(e.field()).contains("name");
                    assertThat(e.arguments()).containsExactly("name", 3);
                    assertThat(e.getMessage()).isEqualTo("At most 3 characters");
                });
        assertThatThrownBy(() -> Guard.optionalText("一二三四", "post", 3))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("field.too-long"));
    }

    @Test
    void a_check_passes_silently_or_fails_with_its_code_field_and_arguments() {
        assertThatCode(() -> Guard.check(true, "sector.name.duplicate", "name", "教育")).doesNotThrowAnyException();
        assertThatThrownBy(() -> Guard.check(false, "sector.name.duplicate", "name", "教育"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("sector.name.duplicate");
                    assertThat(e.field()).contains("name");
                    assertThat(e.arguments()).containsExactly("教育");
                    assertThat(e.localizedMessage(Locale.CHINA)).isEqualTo("本会已有名为“教育”的界别");
                });
    }

    @Test
    void a_check_may_concern_no_field() {
        assertThatThrownBy(() -> Guard.check(false, "standing.none-open", null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEmpty());
    }
}
