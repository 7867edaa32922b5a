package org.xieshang.app.infrastructure.demo;

import java.time.LocalDate;
import java.util.Random;
import org.xieshang.app.infrastructure.demo.CommitteePlan.Area;
import org.xieshang.app.infrastructure.demo.WorkCatalogue.WorkPlace;
import org.xieshang.domain.member.Ethnicity;
import org.xieshang.domain.member.Gender;
import org.xieshang.domain.member.MemberCode;
import org.xieshang.domain.member.MemberProfile;
import org.xieshang.domain.member.PartyAffiliation;

/**
 * Makes up the personal details of a FICTIONAL demo member of one committee: name, gender, ethnicity,
 * date of birth, party affiliation, region, work unit and post fitting the sector, a fictional resident
 * ID number for most and contact details for many. Deterministic for a given random source. Not
 * thread-safe.
 */
final class ProfileGenerator {

    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1958, 1, 1);
    private static final LocalDate LATEST_BIRTH = LocalDate.of(1992, 12, 31);
    private static final LocalDate LATEST_LEADER_BIRTH = LocalDate.of(1975, 12, 31);
    private static final LocalDate EARLIEST_YOUTH_BIRTH = LocalDate.of(1983, 1, 1);

    private final CommitteePlan plan;
    private final Random random;
    private final NameGenerator names;
    private final ResidentIds residentIds;
    private final ContactGenerator contacts;
    private final WorkCatalogue work;
    private final PartyRule parties;

    /**
     * @param plan   the committee
     * @param random the random source for every draw
     */
    ProfileGenerator(CommitteePlan plan, Random random) {
        this.plan = plan;
        this.random = random;
        this.names = new NameGenerator(random);
        this.residentIds = new ResidentIds(random);
        this.contacts = new ContactGenerator(plan.mobileBase(), random);
        this.work = new WorkCatalogue(plan, random);
        this.parties = new PartyRule(plan.sectorNames(), random);
    }

    /**
     * @param sectorName the member's sector
     * @param role       the member's role
     * @param index      the member's running number in the committee, from 1
     * @param code       the member's code
     * @return the profile
     */
    MemberProfile next(String sectorName, MemberRole role, int index, MemberCode code) {
        Gender gender = random.nextInt(100) < femaleShare(sectorName) ? Gender.FEMALE : Gender.MALE;
        LocalDate birth = birthDate(sectorName, role);
        Area area = area();
        PartyAffiliation party = role == MemberRole.VICE_CHAIR || role == MemberRole.SECRETARY_GENERAL
                ? PartyAffiliation.CPC : parties.partyFor(sectorName);
        WorkPlace place = workPlace(sectorName, role, party, area);
        MemberProfile.Builder profile = MemberProfile.builder()
                .name(names.next(gender))
                .gender(gender)
                .ethnicity(ethnicity(sectorName))
                .dateOfBirth(birth)
                .party(party)
                .region(area.name())
                .workUnit(place.unit())
                .post(place.post());
        if (random.nextInt(100) < 90) {
            profile.residentIdNumber(residentIds.issue(area.idPrefix(), birth, gender));
        }
        contacts.mobile(index).ifPresent(profile::mobile);
        contacts.email(code).ifPresent(profile::email);
        contacts.address(area).ifPresent(profile::address);
        return profile.build();
    }

    private WorkPlace workPlace(String sectorName, MemberRole role, PartyAffiliation party, Area area) {
        return switch (role) {
            case VICE_CHAIR -> work.committeeOfficer("副主席");
            case SECRETARY_GENERAL -> work.committeeOfficer("秘书长");
            case PARTY_CHIEF -> work.partyChief(party.chineseName());
            case ORDINARY -> work.draw(sectorName, area.name());
        };
    }

    private static int femaleShare(String sectorName) {
        return switch (sectorName) {
            case "妇联" -> 85;
            case "教育", "医药卫生", "文化艺术", "社会福利和社会保障" -> 40;
            default -> 25;
        };
    }

    /** Most members are born around 1975 (a triangular spread); youth sectors are younger, office holders older. */
    private LocalDate birthDate(String sectorName, MemberRole role) {
        boolean youth = sectorName.equals("共青团") || sectorName.equals("青联");
        LocalDate earliest = youth ? EARLIEST_YOUTH_BIRTH : EARLIEST_BIRTH;
        LocalDate latest = role.isLeading() ? LATEST_LEADER_BIRTH : LATEST_BIRTH;
        long days = latest.toEpochDay() - earliest.toEpochDay();
        double spread = (random.nextDouble() + random.nextDouble()) / 2;
        return earliest.plusDays((long) (spread * (days + 1)));
    }

    private Area area() {
        int total = plan.areas().stream().mapToInt(Area::weight).sum();
        int draw = random.nextInt(total);
        for (Area area : plan.areas()) {
            draw -= area.weight();
            if (draw < 0) {
                return area;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private Ethnicity ethnicity(String sectorName) {
        boolean minority = sectorName.equals("少数民族") || random.nextInt(100) < 4;
        return minority ? plan.minorities().get(random.nextInt(plan.minorities().size())) : Ethnicity.HAN;
    }
}
