package org.xieshang.domain.member;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.xieshang.domain.shared.DomainException;

/**
 * A citizen's resident identity number (公民身份号码) as defined by GB 11643-1999: six digits of region,
 * eight of birth date, three of sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check
 * character. Immutable and thread-safe; {@link #toString()} is masked so that the number does not leak
 * into logs.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final String FIELD = "residentIdNumber";

    private final String value;
    private final LocalDate birthDate;

    private ResidentIdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * @param text the 18-character number; a lower-case {@code x} is accepted
     * @return the number, never null
     * @throws DomainException {@code resident-id.format} if not 17 digits and a check character,
     *                         {@code resident-id.birth-date} if the birth date is impossible,
     *                         {@code resident-id.check-digit} if the check character is wrong
     */
    public static ResidentIdNumber parse(String text) {
        String value = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        if (!value.matches("\\d{17}[\\dX]")) {
            throw new DomainException("resident-id.format", FIELD);
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new DomainException("resident-id.birth-date", FIELD);
        }
        if (birthDate.getYear() < 1900) {
            throw new DomainException("resident-id.birth-date", FIELD);
        }
        if (value.charAt(17) != checkCharacter(value.substring(0, 17))) {
            throw new DomainException("resident-id.check-digit", FIELD);
        }
        return new ResidentIdNumber(value, birthDate);
    }

    /**
     * @param first17 the first seventeen digits, not null
     * @return the check character GB 11643 gives them
     */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** @return the full 18-character number, never null; personal data, show {@link #masked()} by default */
    public String value() {
        return value;
    }

    /** @return the birth date encoded in the number, never null */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** @return the gender encoded in the number (odd 17th digit: male), never null */
    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** @return the number with all but the first three and last four characters hidden, such as {@code 110***********1234} */
    public String masked() {
        return value.substring(0, 3) + "*".repeat(11) + value.substring(14);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentIdNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return the masked number */
    @Override
    public String toString() {
        return masked();
    }
}
