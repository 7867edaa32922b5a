package org.xieshang.app.infrastructure.crypto;

/**
 * Encrypts single values for storage. Each stored value starts with the cipher's {@link #tag()}, so that
 * an installation can move to another algorithm (SM4-GCM, for instance, through a provider such as Bouncy
 * Castle) and still read what the previous one wrote. Implementations are thread-safe.
 */
public interface FieldCipher {

    /** @return the prefix of values this cipher writes, such as {@code A1.}; never null */
    String tag();

    /**
     * @param plain the value, not null
     * @return the stored form, starting with {@link #tag()}; different each time for the same value; never null
     */
    String encrypt(String plain);

    /**
     * @param stored a value {@link #encrypt} wrote, not null
     * @return the value, never null
     * @throws IllegalStateException if it was not written with this key or was altered
     */
    String decrypt(String stored);
}
