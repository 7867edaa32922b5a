package org.xieshang.domain.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) as common authenticator apps make them: HMAC-SHA1, 6 digits,
 * 30-second steps. Accepts one step of clock drift either way, and never the same step twice. Thread-safe.
 */
public final class Totp {

    private static final long STEP_SECONDS = 30;
    private static final int DIGITS = 6;
    private static final int DRIFT_STEPS = 1;

    /**
     * @param secret the shared secret, not null
     * @param step   the time step (seconds since the epoch divided by 30)
     * @return the 6-digit code of that step, never null
     */
    public String code(TotpSecret secret, long step) {
        return code(secret.key(), step, "HmacSHA1", DIGITS);
    }

    /**
     * @param instant an instant, not null
     * @return its time step
     */
    public long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /**
     * @param secret       the shared secret, not null
     * @param code         the code the user typed, may be null
     * @param now          the current instant, not null
     * @param lastUsedStep the step of the last accepted code, so that a code cannot be replayed
     * @return the step the code belongs to, if it is valid now and newer than {@code lastUsedStep}
     */
    public OptionalLong verify(TotpSecret secret, String code, Instant now, long lastUsedStep) {
        Objects.requireNonNull(secret, "secret");
        if (code == null || !code.strip().matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        byte[] typed = code.strip().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            byte[] expected = code(secret, step).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            if (step > lastUsedStep && MessageDigest.isEqual(expected, typed)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** RFC 6238 / RFC 4226 dynamic truncation; package-private for the RFC's test vectors. */
    static String code(byte[] key, long step, String algorithm, int digits) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            int modulus = (int) Math.pow(10, digits);
            return String.format("%0" + digits + "d", binary % modulus);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }
}
