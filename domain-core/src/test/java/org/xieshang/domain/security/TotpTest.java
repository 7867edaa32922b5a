package org.xieshang.domain.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private final Totp totp = new Totp();

    /** The SHA-1 test vectors of RFC 6238 appendix B. */
    @ParameterizedTest(name = "T = {0}")
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924", "2000000000, 69279037",
            "20000000000, 65353130"})
    void matches_the_rfc_6238_test_vectors(long seconds, String expected) {
        assertThat(Totp.code(RFC_SECRET, seconds / 30, "HmacSHA1", 8)).isEqualTo(expected);
    }

    @Test
    void base32_follows_rfc_4648() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(new String(Base32.decode("MZXW6YTBOI"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
        TotpSecret secret = TotpSecret.generate();
        assertThat(TotpSecret.ofBase32(secret.base32().toLowerCase())).isEqualTo(secret);
    }

    @Test
    void accepts_the_current_and_neighbouring_steps_but_never_the_same_step_twice() {
        TotpSecret secret = TotpSecret.generate();
        Instant now = Instant.parse("2026-11-22T10:00:10Z");
        long step = totp.stepAt(now);

        assertThat(totp.verify(secret, totp.code(secret, step), now, -1)).isEqualTo(OptionalLong.of(step));
        assertThat(totp.verify(secret, totp.code(secret, step - 1), now, -1)).isEqualTo(OptionalLong.of(step - 1));
        assertThat(totp.verify(secret, totp.code(secret, step + 1), now, -1)).isEqualTo(OptionalLong.of(step + 1));
        assertThat(totp.verify(secret, totp.code(secret, step - 2), now, -1)).isEmpty();
        assertThat(totp.verify(secret, totp.code(secret, step), now, step)).isEmpty();
        assertThat(totp.verify(secret, "12345", now, -1)).isEmpty();
        assertThat(totp.verify(secret, null, now, -1)).isEmpty();
    }

    @Test
    void the_otpauth_address_names_issuer_and_account_and_hides_nothing_else() {
        TotpSecret secret = TotpSecret.generate();

        assertThat(secret.otpauthUri("协商", "secadmin")).startsWith("otpauth://totp/%E5%8D%8F%E5%95%86:secadmin?secret=" + secret.base32());
        assertThat(secret.toString()).doesNotContain(secret.base32());
    }
}
