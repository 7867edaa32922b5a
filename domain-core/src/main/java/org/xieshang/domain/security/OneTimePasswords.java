package org.xieshang.domain.security;

import java.security.SecureRandom;

/**
 * Random passwords for first start and resets: 16 characters with upper and lower case letters, digits and
 * symbols, none of the easily confused ones (0/O, 1/l/I), so they satisfy every {@link PasswordPolicy} up to
 * 16 characters and can be read aloud or typed from a print-out.
 */
public final class OneTimePasswords {

    private static final String[] CLASSES = {"ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnpqrstuvwxyz", "23456789", "#%+=@!?"};
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    /** @return a new one-time password, never null */
    public static char[] next() {
        char[] password = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            String alphabet = CLASSES[i < CLASSES.length ? i : RANDOM.nextInt(CLASSES.length)];
            password[i] = alphabet.charAt(RANDOM.nextInt(alphabet.length()));
        }
        for (int i = LENGTH - 1; i > 0; i--) { // shuffle so the guaranteed classes are not always in front
            int j = RANDOM.nextInt(i + 1);
            char c = password[i];
            password[i] = password[j];
            password[j] = c;
        }
        return password;
    }
}
