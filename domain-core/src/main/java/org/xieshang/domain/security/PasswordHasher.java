package org.xieshang.domain.security;

/**
 * Port to a strong, salted password hash (PBKDF2, Argon2, SM3-based …). Implementations are thread-safe and
 * encode algorithm, parameters and salt in the hash text so that parameters can change over time.
 */
public interface PasswordHasher {

    /**
     * @param password the password, not null
     * @return the encoded hash, never null
     */
    String hash(char[] password);

    /**
     * @param password a candidate password, not null
     * @param hash     an encoded hash made by {@link #hash}, not null
     * @return whether the password matches
     */
    boolean verify(char[] password, String hash);
}
