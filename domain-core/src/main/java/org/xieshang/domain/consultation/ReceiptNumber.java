package org.xieshang.domain.consultation;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.xieshang.domain.shared.Guard;

/**
 * The number a public submitter gets to look their topic up without an account. Random and long enough not to be
 * guessed (12 characters of a 31-letter alphabet, about 59 bits), grouped for reading aloud. Immutable.
 *
 * @param value such as {@code K7QM-3XPA-9TWD}
 */
public record ReceiptNumber(String value) {

    /** Letters and digits that are not confused when read or typed: no 0/O, 1/I/L. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final RandomGenerator RANDOM = new SecureRandom();

    /** Checks the shape. */
    public ReceiptNumber {
        value = Guard.text(value, "receipt", 14).toUpperCase(Locale.ROOT);
        Guard.check(value.matches("[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}"), "receipt.invalid", "receipt");
    }

    /** @return a new random receipt number, from a secure source; never null */
    public static ReceiptNumber generate() {
        return generate(RANDOM);
    }

    /**
     * @param source the random source: a secure one for real submissions, a seeded one for repeatable demo data
     * @return a new receipt number drawn from it, never null
     */
    public static ReceiptNumber generate(RandomGenerator source) {
        Guard.required(source, "source");
        StringBuilder value = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                value.append('-');
            }
            value.append(ALPHABET.charAt(source.nextInt(ALPHABET.length())));
        }
        return new ReceiptNumber(value.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
