package org.xieshang.app.infrastructure.crypto;

import java.util.Objects;

/**
 * How personal numbers and secrets are kept in the database: encrypted with the configured cipher, with a
 * blind index for exact search. Thread-safe.
 *
 * @param cipher encrypts the values, not null
 * @param index  indexes them, not null
 */
public record PersonalDataProtection(FieldCipher cipher, BlindIndex index) {

    /** Rejects nulls. */
    public PersonalDataProtection {
        Objects.requireNonNull(cipher, "cipher");
        Objects.requireNonNull(index, "index");
    }

    /**
     * @param keys the installation's keys, not null
     * @return AES-256-GCM and HMAC-SHA256 under keys derived from the master secret, never null
     */
    public static PersonalDataProtection aesGcm(SecretKeys keys) {
        return new PersonalDataProtection(new AesGcmCipher(keys.personalDataEncryption()), new BlindIndex(keys.personalDataIndex()));
    }

    /**
     * @param plain a value, may be null
     * @return its stored form, or null for null
     */
    public String encrypt(String plain) {
        return plain == null ? null : cipher.encrypt(plain);
    }

    /**
     * @param stored a stored form, may be null
     * @return the value, or null for null
     */
    public String decrypt(String stored) {
        return stored == null ? null : cipher.decrypt(stored);
    }

    /**
     * @param kind  what the value is, not null
     * @param plain the normalised value, may be null
     * @return its blind index, or null for null
     */
    public String index(String kind, String plain) {
        return plain == null ? null : index.of(kind, plain);
    }
}
