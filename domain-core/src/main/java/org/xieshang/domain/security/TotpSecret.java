package org.xieshang.domain.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The shared secret of a time-based one-time password (RFC 6238) second factor. Immutable and thread-safe;
 * {@link #toString()} does not reveal it.
 */
public final class TotpSecret {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    private TotpSecret(byte[] key) {
        if (key.length < 10) {
            throw new IllegalArgumentException("a TOTP secret needs at least 80 bits");
        }
        this.key = key.clone();
    }

    /** @return a new random 160-bit secret, never null */
    public static TotpSecret generate() {
        byte[] key = new byte[20];
        RANDOM.nextBytes(key);
        return new TotpSecret(key);
    }

    /**
     * @param base32 the secret in base 32, as shown to users and stored, not null
     * @return the secret, never null
     * @throws IllegalArgumentException if the text is not base 32 or too short
     */
    public static TotpSecret ofBase32(String base32) {
        return new TotpSecret(Base32.decode(base32));
    }

    /** @return the secret in base 32, for authenticator apps and storage; never null */
    public String base32() {
        return Base32.encode(key);
    }

    /**
     * @param issuer  the name shown in the authenticator app, such as 协商 · 市政协, not null
     * @param account the user's login name, not null
     * @return an {@code otpauth://totp/…} address for a QR code, never null
     */
    public String otpauthUri(String issuer, String account) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + base32() + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits=6&period=30";
    }

    byte[] key() {
        return key.clone();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TotpSecret other && Arrays.equals(key, other.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "TotpSecret[hidden]";
    }
}
