package org.xieshang.domain.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xieshang.domain.shared.DomainException;

/** Handling units: their fields, their contact phone, and deactivation. */
class HandlingUnitTest {

    private final HandlingUnit education = HandlingUnit.register(HandlingUnitId.generate(), CommitteeId.generate(), " 青川市教育局 ",
            HandlingUnitKind.GOVERNMENT_DEPARTMENT, "  ", null);

    @Test
    void a_new_unit_is_active_at_version_zero_with_its_name_stripped_and_blank_contacts_absent() {
        assertThat(education.name()).isEqualTo("青川市教育局");
        assertThat(education.active()).isTrue();
        assertThat(education.version()).isZero();
        assertThat(education.contactPerson()).isEmpty();
        assertThat(education.contactPhone()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0571-87654321", "13800001111", "0571 8765 4321", "+86 571 87654321", "0571-87654321转8001", "12345"})
    void office_numbers_with_hyphens_spaces_and_extensions_are_taken(String phone) {
        assertThat(education.revise(education.name(), education.kind(), "周敏", phone).contactPhone()).contains(phone);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1234", "phone", "0571-8765432x", "-0571", "转8001", "0571-87654321转"})
    void anything_else_is_refused_as_a_phone_number(String phone) {
        assertThatThrownBy(() -> education.revise(education.name(), education.kind(), null, phone))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("handling-unit.phone.format");
                    assertThat(e.field()).contains("contactPhone");
                });
    }

    @ParameterizedTest(name = "{0} of {1} characters")
    @CsvSource({"name, 101", "contactPerson, 51", "contactPhone, 31"})
    void overlong_fields_are_refused(String field, int length) {
        String text = field.equals("contactPhone") ? "1".repeat(length) : "长".repeat(length);
        String name = field.equals("name") ? text : "青川市教育局";
        String person = field.equals("contactPerson") ? text : null;
        String phone = field.equals("contactPhone") ? text : null;

        assertThatThrownBy(() -> education.revise(name, HandlingUnitKind.OTHER, person, phone))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("field.too-long");
                    assertThat(e.field()).contains(field);
                });
    }

    @Test
    void a_unit_needs_a_name_and_a_kind() {
        assertThatThrownBy(() -> education.revise(" ", HandlingUnitKind.OTHER, null, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).contains("name"));
        assertThatThrownBy(() -> education.revise("青川市教育局", null, null, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).contains("kind"));
    }

    @ParameterizedTest(name = "{0} a unit that is {1}")
    @CsvSource({
            "deactivate, active,   true,  false, ",
            "deactivate, inactive, false, ,      handling-unit.inactive-already",
            "reactivate, inactive, false, true,  ",
            "reactivate, active,   true,  ,      handling-unit.active-already"})
    void a_unit_is_deactivated_and_reactivated_only_from_the_other_state(String act, String state, boolean activeBefore, Boolean activeAfter,
                                                                          String refusal) {
        HandlingUnit before = activeBefore ? education : education.deactivate();
        UnaryOperator<HandlingUnit> transition = act.equals("deactivate") ? HandlingUnit::deactivate : HandlingUnit::reactivate;

        if (refusal == null) {
            HandlingUnit after = transition.apply(before);
            assertThat(after.active()).isEqualTo(activeAfter);
            assertThat(after.name()).isEqualTo(before.name());
            assertThat(before.active()).as("the original is unchanged").isEqualTo(activeBefore);
        } else {
            assertThatThrownBy(() -> transition.apply(before))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(refusal));
        }
    }

    @Test
    void an_inactive_unit_can_still_be_corrected() {
        HandlingUnit corrected = education.deactivate().revise("青川市教育局（已并入教育体育局）", HandlingUnitKind.GOVERNMENT_DEPARTMENT, null, null);

        assertThat(corrected.active()).isFalse();
        assertThat(corrected.name()).isEqualTo("青川市教育局（已并入教育体育局）");
    }
}
