package org.xieshang.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xieshang.domain.shared.DomainException;

class MemberProfileTest {

    private static final LocalDate BORN = LocalDate.of(1975, 6, 18);
    private static final ResidentIdNumber ID_OF_A_WOMAN_BORN_THEN = ResidentIdNumber.parse("330399197506180026");

    private static MemberProfile.Builder complete() {
        return MemberProfile.builder().name("王芳").gender(Gender.FEMALE).ethnicity(Ethnicity.HAN).dateOfBirth(BORN)
                .party(PartyAffiliation.CDL).residentIdNumber(ID_OF_A_WOMAN_BORN_THEN).region("东城区").workUnit("青川市第一中学")
                .post("校长").mobile(PhoneNumber.parse("13812345678", "mobile")).email("wangfang@example.org")
                .address("青川市东城区学府路 1 号");
    }

    @Test
    void a_complete_profile_keeps_every_value() {
        MemberProfile profile = complete().build();

        assertThat(profile.name()).isEqualTo("王芳");
        assertThat(profile.gender()).isEqualTo(Gender.FEMALE);
        assertThat(profile.ethnicity()).isEqualTo(Ethnicity.HAN);
        assertThat(profile.dateOfBirth()).isEqualTo(BORN);
        assertThat(profile.party()).isEqualTo(PartyAffiliation.CDL);
        assertThat(profile.residentIdNumber()).contains(ID_OF_A_WOMAN_BORN_THEN);
        assertThat(profile.region()).contains("东城区");
        assertThat(profile.workUnit()).isEqualTo("青川市第一中学");
        assertThat(profile.post()).contains("校长");
        assertThat(profile.mobile()).contains(PhoneNumber.parse("13812345678", "mobile"));
        assertThat(profile.email()).contains("wangfang@example.org");
        assertThat(profile.address()).contains("青川市东城区学府路 1 号");
        assertThat(profile.toBuilder().build()).isEqualTo(profile).hasSameHashCodeAs(profile);
    }

    @Test
    void optional_values_may_be_left_out_and_blank_counts_as_left_out() {
        MemberProfile profile = complete().residentIdNumber(null).region(" ").post("").mobile(null).email(null).address("  ").build();

        assertThat(profile.residentIdNumber()).isEmpty();
        assertThat(profile.region()).isEmpty();
        assertThat(profile.post()).isEmpty();
        assertThat(profile.mobile()).isEmpty();
        assertThat(profile.email()).isEmpty();
        assertThat(profile.address()).isEmpty();
    }

    static Stream<Arguments> requiredFields() {
        return Stream.of(
                Arguments.of("name", (UnaryOperator<MemberProfile.Builder>) b -> b.name(null)),
                Arguments.of("name", (UnaryOperator<MemberProfile.Builder>) b -> b.name("  ")),
                Arguments.of("gender", (UnaryOperator<MemberProfile.Builder>) b -> b.gender(null)),
                Arguments.of("ethnicity", (UnaryOperator<MemberProfile.Builder>) b -> b.ethnicity(null)),
                Arguments.of("dateOfBirth", (UnaryOperator<MemberProfile.Builder>) b -> b.dateOfBirth(null)),
                Arguments.of("party", (UnaryOperator<MemberProfile.Builder>) b -> b.party(null)),
                Arguments.of("workUnit", (UnaryOperator<MemberProfile.Builder>) b -> b.workUnit(null)),
                Arguments.of("workUnit", (UnaryOperator<MemberProfile.Builder>) b -> b.workUnit("")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requiredFields")
    void each_required_field_is_named_when_missing(String field, UnaryOperator<MemberProfile.Builder> leaveOut) {
        MemberProfile.Builder builder = leaveOut.apply(complete().residentIdNumber(null));

        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("field.required");
                    assertThat(e.field()).contains(field);
                });
    }

    static Stream<Arguments> tooLongTexts() {
        return Stream.of(
                Arguments.of("name", MemberProfile.NAME_MAX, (TextField) MemberProfile.Builder::name),
                Arguments.of("region", MemberProfile.TEXT_MAX, (TextField) MemberProfile.Builder::region),
                Arguments.of("workUnit", MemberProfile.TEXT_MAX, (TextField) MemberProfile.Builder::workUnit),
                Arguments.of("post", MemberProfile.TEXT_MAX, (TextField) MemberProfile.Builder::post),
                Arguments.of("address", MemberProfile.ADDRESS_MAX, (TextField) MemberProfile.Builder::address));
    }

    @ParameterizedTest(name = "{0} up to {1}")
    @MethodSource("tooLongTexts")
    void texts_may_be_as_long_as_their_limit_and_no_longer(String field, int max, TextField setter) {
        assertThat(setter.apply(complete(), "字".repeat(max)).build()).isNotNull();
        assertThatThrownBy(() -> setter.apply(complete(), "字".repeat(max + 1)).build())
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("field.too-long");
                    assertThat(e.field()).contains(field);
                });
    }

    @Test
    void an_email_address_longer_than_its_limit_is_refused() {
        String tooLong = "a".repeat(MemberProfile.EMAIL_MAX - "@example.org".length() + 1) + "@example.org";

        assertThatThrownBy(() -> complete().email(tooLong).build())
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).contains("email"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wangfang", "wangfang@", "@example.org", "wang fang@example.org", "wangfang@example", "a@b@example.org"})
    void a_malformed_email_address_is_refused(String email) {
        assertThatThrownBy(() -> complete().email(email).build())
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("email.format");
                    assertThat(e.field()).contains("email");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"wangfang@example.org", "wang.fang+zx@mail.qingchuan.gov.cn", " wangfang@example.org "})
    void a_usual_email_address_is_accepted(String email) {
        assertThat(complete().email(email).build().email()).contains(email.strip());
    }

    @Test
    void the_resident_id_number_must_give_the_same_date_of_birth() {
        assertThatThrownBy(() -> complete().dateOfBirth(BORN.plusDays(1)).build())
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("resident-id.birth-date-mismatch");
                    assertThat(e.field()).contains("residentIdNumber");
                });
    }

    @Test
    void the_resident_id_number_must_give_the_same_gender() {
        assertThatThrownBy(() -> complete().gender(Gender.MALE).build())
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("resident-id.gender-mismatch");
                    assertThat(e.field()).contains("residentIdNumber");
                });
    }

    @Test
    void a_date_of_birth_before_1900_is_implausible() {
        assertThat(complete().residentIdNumber(null).dateOfBirth(LocalDate.of(1900, 1, 1)).build()).isNotNull();
        assertThatThrownBy(() -> complete().residentIdNumber(null).dateOfBirth(LocalDate.of(1899, 12, 31)).build())
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("member.date-of-birth.implausible");
                    assertThat(e.field()).contains("dateOfBirth");
                });
    }

    @Test
    void texts_are_stripped() {
        MemberProfile profile = complete().name("  王芳 ").workUnit(" 青川市第一中学\t").build();

        assertThat(profile.name()).isEqualTo("王芳");
        assertThat(profile.workUnit()).isEqualTo("青川市第一中学");
    }

    @Test
    void to_string_shows_the_name_and_no_personal_data() {
        assertThat(complete().build().toString()).contains("王芳").doesNotContain("330399", "13812345678", "example.org", "学府路");
    }

    @FunctionalInterface
    interface TextField {
        MemberProfile.Builder apply(MemberProfile.Builder builder, String value);
    }
}
