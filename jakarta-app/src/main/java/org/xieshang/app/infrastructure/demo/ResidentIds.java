package org.xieshang.app.infrastructure.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.xieshang.domain.member.Gender;
import org.xieshang.domain.member.ResidentIdNumber;

/**
 * Issues FICTIONAL resident ID numbers that pass the GB 11643 checks: a region code starting with 99 (no
 * real region has it), the birth date, a sequence whose last digit is odd for men and even for women, and
 * the check character. Unique per issuer. Not thread-safe.
 */
final class ResidentIds {

    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final Random random;
    private final Set<String> issued = new HashSet<>();

    ResidentIds(Random random) {
        this.random = random;
    }

    /**
     * @param regionPrefix six digits starting with 99
     * @param birthDate    the date of birth
     * @param gender       the gender
     * @return a valid number not issued before by this issuer
     */
    ResidentIdNumber issue(String regionPrefix, LocalDate birthDate, Gender gender) {
        if (!regionPrefix.matches("99\\d{4}")) {
            throw new IllegalArgumentException("demo resident ID numbers use fictional region codes 99xxxx: " + regionPrefix);
        }
        String body = regionPrefix + BIRTH_DATE.format(birthDate);
        int sequence = 10 + random.nextInt(495) * 2 + (gender == Gender.MALE ? 1 : 0);
        while (!issued.add(body + sequence)) {
            sequence = sequence + 2 > 999 ? sequence % 2 + 10 : sequence + 2;
        }
        String first17 = body + String.format("%03d", sequence);
        return ResidentIdNumber.parse(first17 + ResidentIdNumber.checkCharacter(first17));
    }
}
