package org.xieshang.domain.testkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.xieshang.domain.audit.AuditChain;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.CommitteeLevel;
import org.xieshang.domain.member.DecisionId;
import org.xieshang.domain.member.DecisionKind;
import org.xieshang.domain.member.Ethnicity;
import org.xieshang.domain.member.Gender;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberCode;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.MemberProfile;
import org.xieshang.domain.member.MembershipDecision;
import org.xieshang.domain.member.PartyAffiliation;
import org.xieshang.domain.member.PhoneNumber;
import org.xieshang.domain.member.ResidentIdNumber;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.security.PasswordHasher;
import org.xieshang.domain.security.Role;
import org.xieshang.domain.security.UserAccount;
import org.xieshang.domain.security.UserId;

/**
 * Ready-made, fictional test data: a city committee with its thirteenth term, valid resident ID
 * numbers, member profiles and decisions.
 */
public final class Fixtures {

    /** First day of the fixtures' thirteenth term. */
    public static final LocalDate TERM_13_START = LocalDate.of(2022, 1, 10);
    /** Last day of the fixtures' thirteenth term. */
    public static final LocalDate TERM_13_END = LocalDate.of(2027, 1, 9);

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Fixtures() {
    }

    /** @return a new city committee (青川市, fictional) with term 13 and its first plenary session, at version 0 */
    public static Committee cityCommittee() {
        return Committee.establish(CommitteeId.generate(), "政协青川市委员会", CommitteeLevel.CITY, Optional.empty(), "青川市")
                .openTerm(13, TERM_13_START, TERM_13_END)
                .schedulePlenarySession(13, LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 13));
    }

    /**
     * @param birthDate birth date, not null
     * @param gender    gender, not null
     * @return a valid resident ID number of a fictional region (330399), unique per call
     */
    public static ResidentIdNumber residentId(LocalDate birthDate, Gender gender) {
        int sequence = SEQUENCE.incrementAndGet() % 500;
        int genderDigit = gender == Gender.MALE ? 1 : 0;
        String first17 = "330399" + birthDate.toString().replace("-", "") + String.format("%02d", sequence % 100) + ((sequence / 100) * 2 + genderDigit);
        return ResidentIdNumber.parse(first17 + ResidentIdNumber.checkCharacter(first17));
    }

    /**
     * @param name the member's name, not blank
     * @return a complete profile with every optional field filled, never null
     */
    public static MemberProfile profile(String name) {
        LocalDate birth = LocalDate.of(1975, 6, 18);
        return MemberProfile.builder().name(name).gender(Gender.FEMALE).ethnicity(Ethnicity.HAN).dateOfBirth(birth)
                .party(PartyAffiliation.CDL).residentIdNumber(residentId(birth, Gender.FEMALE)).region("东城区")
                .workUnit("青川市第一中学").post("校长").mobile(PhoneNumber.parse("13812345678", "mobile"))
                .email("member@example.org").address("青川市东城区学府路 1 号").build();
    }

    /**
     * @param name the member's name, not blank
     * @param party the member's affiliation, not null
     * @return a profile with only the required fields, never null
     */
    public static MemberProfile minimalProfile(String name, PartyAffiliation party) {
        return MemberProfile.builder().name(name).gender(Gender.MALE).ethnicity(Ethnicity.HUI).dateOfBirth(LocalDate.of(1968, 2, 29))
                .party(party).workUnit("青川市人民医院").build();
    }

    /**
     * @param committee the member's committee, not null
     * @param code      member code, not null
     * @param profile   profile, not null
     * @return a new, unappointed member at version 0
     */
    public static Member member(Committee committee, String code, MemberProfile profile) {
        return Member.register(MemberId.generate(), committee.id(), MemberCode.of(code), profile);
    }

    /**
     * @param kind        what the decision does, not null
     * @param sector      the sector, for kinds that need one, else null
     * @param effectiveOn the effective day, not null
     * @return a decision of the chairman's meeting on term 13, never null
     */
    public static MembershipDecision decision(DecisionKind kind, SectorId sector, LocalDate effectiveOn) {
        return new MembershipDecision(DecisionId.generate(), kind, 13, Optional.ofNullable(sector), "主席会议", effectiveOn, effectiveOn,
                "依据政协章程", Optional.of("青政协〔2022〕1号"), Instant.parse("2022-01-10T02:00:00Z"));
    }

    /**
     * @param committee the committee, with term 13, not null
     * @param member    the member, not null
     * @param sector    the sector, not null
     * @param standing  whether to make the member a standing member as well
     * @return the member appointed for term 13 and active, standing if asked, never null
     */
    public static Member appointedActive(Committee committee, Member member, SectorId sector, boolean standing) {
        var term = committee.requireTerm(13);
        Member result = member.record(decision(DecisionKind.APPOINTMENT, sector, TERM_13_START), term)
                .record(decision(DecisionKind.TAKING_OFFICE, null, TERM_13_START.plusDays(1)), term);
        return standing ? result.record(decision(DecisionKind.STANDING_APPOINTMENT, null, TERM_13_START.plusDays(2)), term) : result;
    }

    /** @return names of a fictional roster, in no particular order */
    public static List<String> names() {
        return List.of("张伟", "李娜", "王芳", "阿明", "欧阳修远", "赵敏", "陈静", "周杰");
    }

    /** @return the audit chain of every test storage, under a fixed test key; never null */
    public static AuditChain auditChain() {
        return new AuditChain("xieshang test audit key, 32 bytes+".getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A password hash for tests: fast and honest (salted SHA-256), not for production.
     *
     * @return the hasher, never null
     */
    public static PasswordHasher fastHasher() {
        return new PasswordHasher() {
            @Override
            public String hash(char[] password) {
                String salt = UUID.randomUUID().toString().substring(0, 8);
                return salt + "$" + digest(salt, password);
            }

            @Override
            public boolean verify(char[] password, String hash) {
                int dollar = hash.indexOf('$');
                return dollar > 0 && hash.substring(dollar + 1).equals(digest(hash.substring(0, dollar), password));
            }

            private String digest(String salt, char[] password) {
                try {
                    MessageDigest sha = MessageDigest.getInstance("SHA-256");
                    return HexFormat.of().formatHex(sha.digest((salt + new String(password)).getBytes(StandardCharsets.UTF_8)));
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    /**
     * @param committee the account's committee, not null
     * @param username  login name, not null
     * @param roles     roles, not null
     * @param hasher    hashes the password, not null
     * @param password  the account's password (already chosen by the user), not null
     * @param now       when the password was set, not null
     * @return an unsaved account at version 0, never null
     */
    public static UserAccount account(Committee committee, String username, Set<Role> roles, PasswordHasher hasher, String password, Instant now) {
        return new UserAccount(UserId.generate(), username, username, committee.id(), roles, Optional.empty(), Optional.empty(),
                hasher.hash(password.toCharArray()), now, false, List.of(), 0, Optional.empty(), Optional.empty(), -1, true, false, Optional.empty(), 0);
    }
}
