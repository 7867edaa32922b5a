package org.xieshang.app.infrastructure.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The installation's keys, all derived from one master secret (HMAC-SHA256 of the master over a purpose
 * label), so operators keep one value safe: {@code xieshang.secret-key}, base64 of at least 32 random bytes.
 */
public final class SecretKeys {

    private final byte[] master;

    /**
     * @param base64Master the configured master secret
     * @throws IllegalStateException with instructions if it is missing or too short
     */
    public SecretKeys(String base64Master) {
        byte[] decoded;
        try {
            decoded = base64Master == null ? new byte[0] : Base64.getDecoder().decode(base64Master.strip());
        } catch (IllegalArgumentException e) {
            decoded = new byte[0];
        }
        if (decoded.length < 32) {
            throw new IllegalStateException("xieshang.secret-key must be set to base64 of at least 32 random bytes "
                    + "(for example: export XIESHANG_SECRET_KEY=$(openssl rand -base64 32)); it protects personal data and the audit trail");
        }
        this.master = decoded;
    }

    /** @return the key of the personal-data cipher, 32 bytes, never null */
    public byte[] personalDataEncryption() {
        return derive("personal-data-encryption");
    }

    /** @return the key of the blind index, 32 bytes, never null */
    public byte[] personalDataIndex() {
        return derive("personal-data-index");
    }

    /** @return the key of the audit chain's HMAC, 32 bytes, never null */
    public byte[] auditChain() {
        return derive("audit-chain");
    }

    private byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(("xieshang/" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
