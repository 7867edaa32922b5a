package org.xieshang.app.infrastructure.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed hash (HMAC-SHA256) of an encrypted value, stored beside it so that exact matches can be searched
 * without decrypting every row, and without the key nobody can test guesses against the table. Thread-safe.
 */
public final class BlindIndex {

    private final SecretKeySpec key;

    /** @param key at least 32 bytes, not null */
    public BlindIndex(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the index key needs at least 256 bits");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /**
     * @param kind  what the value is, such as {@code resident-id}, so equal values of different kinds differ; not null
     * @param value the normalised value, not null
     * @return 64 hexadecimal digits, never null
     */
    public String of(String kind, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((kind + ":" + value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
