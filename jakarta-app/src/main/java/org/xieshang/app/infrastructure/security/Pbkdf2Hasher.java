package org.xieshang.app.infrastructure.security;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.xieshang.domain.security.PasswordHasher;

/**
 * The domain's password hash through Jakarta Security's PBKDF2: HMAC-SHA512 with a 32-byte salt and, by
 * default, 210 000 iterations (OWASP's 2023 figure for this algorithm).
 */
public final class Pbkdf2Hasher implements PasswordHasher {

    private final Pbkdf2PasswordHash hash;

    /**
     * @param hash       the container's PBKDF2 implementation, not yet initialised; not null
     * @param iterations PBKDF2 iterations
     */
    public Pbkdf2Hasher(Pbkdf2PasswordHash hash, int iterations) {
        hash.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        this.hash = hash;
    }

    @Override
    public String hash(char[] password) {
        return hash.generate(password);
    }

    @Override
    public boolean verify(char[] password, String hashed) {
        try {
            return hash.verify(password, hashed);
        } catch (IllegalArgumentException e) {
            return false; // not a hash this implementation made
        }
    }
}
