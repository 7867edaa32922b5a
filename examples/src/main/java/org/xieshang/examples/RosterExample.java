package org.xieshang.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeAdministration;
import org.xieshang.domain.committee.CommitteeLevel;
import org.xieshang.domain.inmemory.InMemoryCommittees;
import org.xieshang.domain.inmemory.InMemoryMembers;
import org.xieshang.domain.inmemory.InMemorySectorGroups;
import org.xieshang.domain.inmemory.InMemorySectors;
import org.xieshang.domain.member.DecisionDraft;
import org.xieshang.domain.member.DecisionKind;
import org.xieshang.domain.member.Ethnicity;
import org.xieshang.domain.member.Gender;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberCode;
import org.xieshang.domain.member.MemberProfile;
import org.xieshang.domain.member.MemberQuery;
import org.xieshang.domain.member.MemberRegistry;
import org.xieshang.domain.member.PartyAffiliation;
import org.xieshang.domain.sector.Sector;
import org.xieshang.domain.sector.SectorAdministration;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.sector.SectorPreset;
import org.xieshang.domain.shared.PageRequest;

/**
 * Embedding the domain core in a few lines: a city committee's member roster (委员名单), grouped by sector.
 *
 * <p>It shows the three things an embedder does:
 * <ol>
 *   <li>choose storage: here the ready in-memory ports; a platform passes its own implementations of
 *       {@code Committees}, {@code Sectors} and {@code Members} (JDBC, MyBatis, JPA…) instead;</li>
 *   <li>create the use cases ({@link CommitteeAdministration}, {@link SectorAdministration},
 *       {@link MemberRegistry}) over that storage and a {@link Clock} in the committee's time zone;</li>
 *   <li>call them: establish 政协青川市委员会 (fictional) with its thirteenth term, apply the standard sector
 *       list, register twelve members with their appointment decisions, make four of them standing members
 *       (常委), then list the members of each sector with {@link MemberQuery}: sectors in display order,
 *       members in pinyin order.</li>
 * </ol>
 * Every person and document number here is made up.
 */
public final class RosterExample {

    private static final int TERM = 13;

    /** A row of the nomination list: who, from which sector, and whether elected a standing member. */
    private record Nominee(String code, String name, Gender gender, LocalDate born, PartyAffiliation party, String sector,
                           String workUnit, boolean standing) {
    }

    private static final List<Nominee> NOMINEES = List.of(
            new Nominee("QC13-001", "周建国", Gender.MALE, LocalDate.of(1968, 3, 12), PartyAffiliation.CPC, "中国共产党", "青川市发展和改革委员会", true),
            new Nominee("QC13-002", "陈丽华", Gender.FEMALE, LocalDate.of(1972, 9, 8), PartyAffiliation.CPC, "中国共产党", "青川市妇女联合会", false),
            new Nominee("QC13-003", "王海涛", Gender.MALE, LocalDate.of(1975, 11, 20), PartyAffiliation.CDL, "民盟", "青川大学", true),
            new Nominee("QC13-004", "林晓燕", Gender.FEMALE, LocalDate.of(1980, 5, 16), PartyAffiliation.CDL, "民盟", "青川市第一中学", false),
            new Nominee("QC13-005", "赵文博", Gender.MALE, LocalDate.of(1970, 1, 25), PartyAffiliation.CNDCA, "民建", "青川港务集团", true),
            new Nominee("QC13-006", "黄一鸣", Gender.MALE, LocalDate.of(1983, 7, 4), PartyAffiliation.CNDCA, "民建", "青川一鸣食品有限公司", false),
            new Nominee("QC13-007", "孙美玲", Gender.FEMALE, LocalDate.of(1977, 12, 30), PartyAffiliation.NON_PARTY, "无党派人士", "青川市律师协会", false),
            new Nominee("QC13-008", "马晓东", Gender.MALE, LocalDate.of(1979, 6, 6), PartyAffiliation.MASSES, "经济", "青川新材料有限公司", false),
            new Nominee("QC13-009", "郭子豪", Gender.MALE, LocalDate.of(1985, 2, 14), PartyAffiliation.MASSES, "经济", "青川农村商业银行", false),
            new Nominee("QC13-010", "何静", Gender.FEMALE, LocalDate.of(1974, 4, 18), PartyAffiliation.CAPD, "教育", "青川市实验小学", false),
            new Nominee("QC13-011", "邓志强", Gender.MALE, LocalDate.of(1969, 10, 10), PartyAffiliation.JIUSAN, "医药卫生", "青川市人民医院", true),
            new Nominee("QC13-012", "白雪梅", Gender.FEMALE, LocalDate.of(1982, 8, 8), PartyAffiliation.CPWDP, "医药卫生", "青川市中医院", false));

    private RosterExample() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        printRoster(System.out);
    }

    /**
     * Builds the committee and its members, then prints the roster.
     *
     * @param out where to print, not null
     */
    public static void printRoster(PrintStream out) {
        // 1. Storage.
        InMemoryCommittees committees = new InMemoryCommittees();
        InMemorySectors sectors = new InMemorySectors();
        InMemoryMembers members = new InMemoryMembers();

        // 2. Use cases.
        CommitteeAdministration committeeAdministration = new CommitteeAdministration(committees);
        SectorAdministration sectorAdministration = new SectorAdministration(committees, sectors, new InMemorySectorGroups(), members);
        MemberRegistry registry = new MemberRegistry(committees, sectors, members, Clock.system(ZoneId.of("Asia/Shanghai")));

        // 3. The committee, its term and its sectors. Changes name the version they were made on (optimistic locking).
        Committee city = committeeAdministration.establish("政协青川市委员会", CommitteeLevel.CITY, Optional.empty(), "青川市");
        city = committeeAdministration.openTerm(city.id(), city.version(), TERM, LocalDate.of(2022, 1, 10), LocalDate.of(2027, 1, 9));
        Map<String, SectorId> sectorIds = sectorAdministration.applyPreset(city.id(), SectorPreset.STANDARD).stream()
                .collect(Collectors.toMap(Sector::name, Sector::id));

        // 4. Members: each registered with the standing committee's appointment, standing members elected at the first session.
        for (Nominee nominee : NOMINEES) {
            MemberProfile profile = MemberProfile.builder().name(nominee.name()).gender(nominee.gender()).ethnicity(Ethnicity.HAN)
                    .dateOfBirth(nominee.born()).party(nominee.party()).workUnit(nominee.workUnit()).build();
            DecisionDraft appointment = new DecisionDraft(DecisionKind.APPOINTMENT, TERM, Optional.of(sectorIds.get(nominee.sector())),
                    "常务委员会会议", LocalDate.of(2021, 12, 28), LocalDate.of(2022, 1, 10), "协商确定第十三届委员名单",
                    Optional.of("青政协〔2021〕30号"));
            Member member = registry.register(city.id(), MemberCode.of(nominee.code()), profile, appointment);
            if (nominee.standing()) {
                registry.recordDecision(member.id(), member.version(), new DecisionDraft(DecisionKind.STANDING_APPOINTMENT, TERM,
                        Optional.empty(), "全体会议", LocalDate.of(2022, 1, 13), LocalDate.of(2022, 1, 13), "十三届一次会议选举",
                        Optional.empty()));
            }
        }

        // 5. The roster: one query per sector; MemberQuery sorts by name in pinyin order unless told otherwise.
        out.println(city.name() + city.requireTerm(TERM).displayName() + "委员名单");
        for (Sector sector : sectors.listOf(city.id())) {
            List<Member> inSector = members.search(MemberQuery.of(city.id()).withTerm(TERM).withSector(sector.id()),
                    PageRequest.of(0, PageRequest.MAX_SIZE)).items();
            if (!inSector.isEmpty()) {
                out.println(sector.name() + "（" + inSector.size() + "人）");
                for (Member member : inSector) {
                    boolean standing = member.membership(TERM).orElseThrow().isStanding();
                    out.println("  " + member.profile().name() + (standing ? "  常委" : ""));
                }
            }
        }
    }
}
