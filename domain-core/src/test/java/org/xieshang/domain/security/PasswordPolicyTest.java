package org.xieshang.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xieshang.domain.shared.DomainException;

class PasswordPolicyTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "Ab1#xyz, password.too-short",
            "abcdefgh1, password.too-simple",
            "ABCDEFGH, password.too-simple",
            "zhang.San2026, password.contains-username"})
    void the_dengbao_profile_refuses(String password, String code) {
        assertThatThrownBy(() -> PasswordPolicy.dengbao().check(password.toCharArray(), "zhang.san"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.field()).contains("newPassword");
                });
    }

    @ParameterizedTest
    @CsvSource({"Abcdefg1", "abcdefg1#", "政协Abc12345"})
    void the_dengbao_profile_accepts_eight_characters_of_three_classes(String password) {
        assertThatCode(() -> PasswordPolicy.dengbao().check(password.toCharArray(), "zhang.san")).doesNotThrowAnyException();
    }

    @Test
    void the_modern_profile_wants_length_not_classes_and_no_rotation() {
        assertThatThrownBy(() -> PasswordPolicy.modern().check("Abcdefg1#xy".toCharArray(), "someone")).isInstanceOf(DomainException.class);
        assertThatCode(() -> PasswordPolicy.modern().check("correct horse battery".toCharArray(), "someone")).doesNotThrowAnyException();
        assertThat(PasswordPolicy.modern().isExpired(Instant.EPOCH, Instant.now())).isFalse();
    }

    @Test
    void a_dengbao_password_expires_after_90_days() {
        Instant set = Instant.parse("2026-01-01T00:00:00Z");

        assertThat(PasswordPolicy.dengbao().isExpired(set, set.plus(Duration.ofDays(90)).minusSeconds(1))).isFalse();
        assertThat(PasswordPolicy.dengbao().isExpired(set, set.plus(Duration.ofDays(90)))).isTrue();
    }

    @Test
    void a_password_too_long_to_hash_cheaply_is_refused() {
        assertThatThrownBy(() -> PasswordPolicy.dengbao().check(("Ab1#" + "x".repeat(200)).toCharArray(), "someone"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("password.too-long"));
    }

    @Test
    void one_time_passwords_satisfy_both_profiles() {
        for (int i = 0; i < 200; i++) {
            char[] password = OneTimePasswords.next();
            assertThatCode(() -> PasswordPolicy.dengbao().check(password, "sysadmin")).doesNotThrowAnyException();
            assertThatCode(() -> PasswordPolicy.modern().check(password, "sysadmin")).doesNotThrowAnyException();
        }
    }
}
