package org.xieshang.app.infrastructure.demo;

import java.util.Optional;
import java.util.Random;
import org.xieshang.app.infrastructure.demo.CommitteePlan.Area;
import org.xieshang.domain.member.MemberCode;
import org.xieshang.domain.member.PhoneNumber;

/**
 * Invents contact details for demo members: mobile numbers from the reserved-looking block 1390000xxxx,
 * e-mail addresses at example.org (a domain reserved for examples) and addresses on invented streets.
 * Most members get a mobile number, about half an address, about a third an e-mail address. Not
 * thread-safe.
 */
final class ContactGenerator {

    private final int mobileBase;
    private final Random random;

    /**
     * @param mobileBase the committee's first four-digit number in the block; members are numbered on from it
     * @param random     the random source
     */
    ContactGenerator(int mobileBase, Random random) {
        this.mobileBase = mobileBase;
        this.random = random;
    }

    /**
     * @param index the member's running number in the committee, from 1
     * @return a mobile number, for most members
     */
    Optional<PhoneNumber> mobile(int index) {
        if (random.nextInt(100) >= 88) {
            return Optional.empty();
        }
        return Optional.of(PhoneNumber.parse(String.format("139 0000 %04d", mobileBase + index), "mobile"));
    }

    /**
     * @param code the member's code
     * @return an e-mail address at example.org, for about a third of the members
     */
    Optional<String> email(MemberCode code) {
        if (random.nextInt(100) >= 35) {
            return Optional.empty();
        }
        return Optional.of(code.value().toLowerCase(java.util.Locale.ROOT).replace("-", "") + "@example.org");
    }

    /**
     * @param area where the member lives
     * @return an address there, for about half of the members
     */
    Optional<String> address(Area area) {
        if (random.nextInt(100) >= 55) {
            return Optional.empty();
        }
        String street = area.streets().get(random.nextInt(area.streets().size()));
        String house = (1 + random.nextInt(198)) + "号";
        String flat = random.nextBoolean() ? (1 + random.nextInt(12)) + "幢" + (101 + random.nextInt(6) * 100 + random.nextInt(4)) + "室" : "";
        return Optional.of(area.addressPrefix() + street + house + flat);
    }
}
