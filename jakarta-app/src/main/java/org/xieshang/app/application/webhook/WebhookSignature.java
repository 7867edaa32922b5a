package org.xieshang.app.application.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a delivery proves where it comes from: an HMAC-SHA256, keyed with the webhook's secret (its UTF-8 bytes), over
 * the delivery's timestamp in epoch seconds, a full stop and the body exactly as sent. The receiver computes the same
 * and compares in constant time, and refuses timestamps too far from its own clock, so that a captured delivery cannot
 * be replayed later.
 */
public final class WebhookSignature {

    /** The header with the signature, {@code sha256=} and lower-case hex. */
    public static final String SIGNATURE_HEADER = "X-Xieshang-Signature";
    /** The header with the timestamp that is signed, in epoch seconds. */
    public static final String TIMESTAMP_HEADER = "X-Xieshang-Timestamp";

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** @return a new secret: 32 random bytes, URL-safe Base64, prefixed so that it is recognised when it leaks */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * @param secret    the webhook's secret, not null
     * @param timestamp the delivery's time in epoch seconds
     * @param body      the body as sent, not null
     * @return the signature header's value, {@code sha256=} and 64 hex digits
     */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
