package org.xieshang.app.infrastructure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xieshang.app.infrastructure.demo.DemoOrganisation.Summary;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeLevel;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitKind;
import org.xieshang.domain.liaison.LiaisonGroup;
import org.xieshang.domain.member.DecisionKind;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.MemberQuery;
import org.xieshang.domain.member.MemberSort;
import org.xieshang.domain.member.MembershipDecision;
import org.xieshang.domain.member.MembershipKind;
import org.xieshang.domain.member.PartyAffiliation;
import org.xieshang.domain.member.PhoneNumber;
import org.xieshang.domain.member.ResidentIdNumber;
import org.xieshang.domain.member.TermMembership;
import org.xieshang.domain.sector.Sector;
import org.xieshang.domain.sector.SectorGroup;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.sector.SectorPreset;
import org.xieshang.domain.shared.PageRequest;
import org.xieshang.domain.specialcommittee.SpecialCommittee;
import org.xieshang.domain.testkit.StorageUnderTest;
import org.xieshang.domain.workstation.Posting;
import org.xieshang.domain.workstation.Workstation;

class DemoOrganisationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(TODAY.atTime(9, 30), SHANGHAI).toInstant(), SHANGHAI);

    private static StorageUnderTest storage;
    private static Summary summary;
    private static long firstLoadMillis;

    @BeforeAll
    static void loadOnce() {
        storage = StorageUnderTest.inMemory();
        long start = System.nanoTime();
        summary = load(storage, CLOCK);
        firstLoadMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(summary.describe() + " First load: " + firstLoadMillis + " ms.");
    }

    @Test
    void loadsACityCommitteeWithTwoCountyCommitteesBelowIt() {
        List<Committee> committees = storage.committees().all();

        assertThat(committees).extracting(Committee::name).containsExactly("政协澄湖市委员会", "政协望川县委员会", "政协云岫县委员会");
        Committee city = committees.get(0);
        assertThat(city.level()).isEqualTo(CommitteeLevel.CITY);
        assertThat(city.region()).isEqualTo("澄湖市");
        assertThat(city.parentId()).isEmpty();
        assertThat(storage.committees().childrenOf(city.id())).extracting(Committee::name)
                .containsExactlyInAnyOrder("政协望川县委员会", "政协云岫县委员会");
        assertThat(committees.subList(1, 3)).allSatisfy(county -> {
            assertThat(county.level()).isEqualTo(CommitteeLevel.COUNTY);
            assertThat(county.parentId()).contains(city.id());
        });
    }

    @Test
    void givesEachCommitteeTwoTermsWithFivePlenarySessionsEach() {
        Committee city = committee("政协澄湖市委员会");
        assertThat(city.terms()).extracting(t -> t.number()).containsExactly(8, 9);
        assertThat(city.requireTerm(9).startInclusive()).isEqualTo(LocalDate.of(2023, 1, 8));
        assertThat(city.requireTerm(9).endInclusive()).isEqualTo(LocalDate.of(2028, 1, 7));
        assertThat(city.requireTerm(9).sessions()).hasSize(5)
                .allSatisfy(s -> assertThat(s.startInclusive().getMonthValue()).isEqualTo(1))
                .allSatisfy(s -> assertThat(s.endInclusive().toEpochDay() - s.startInclusive().toEpochDay()).isBetween(2L, 3L));
        assertThat(city.requireTerm(9).sessions().get(0).displayName(9)).isEqualTo("九届一次会议");
        for (String county : List.of("政协望川县委员会", "政协云岫县委员会")) {
            Committee committee = committee(county);
            assertThat(committee.terms()).extracting(t -> t.number()).containsExactly(9, 10);
            assertThat(committee.termOn(TODAY).orElseThrow().number()).isEqualTo(10);
            assertThat(committee.terms()).allSatisfy(t -> assertThat(t.sessions()).hasSize(5));
        }
    }

    @Test
    void keepsEveryCommitteeInItsCurrentTermWithAPlenarySessionEachYearUntilTheEndOf2027() {
        for (String name : List.of("政协澄湖市委员会", "政协望川县委员会", "政协云岫县委员会")) {
            Committee committee = committee(name);
            int current = committee.termOn(TODAY).orElseThrow().number();
            assertThat(committee.termOn(LocalDate.of(2027, 12, 27))).as(name).hasValueSatisfying(t -> assertThat(t.number()).isEqualTo(current));
            assertThat(committee.requireTerm(current).sessions()).as(name).anySatisfy(s -> assertThat(s.startInclusive()).hasYear(2027));
        }
    }

    @Test
    void givesTheCityTheStandardSectorsAndEachCountyItsOwnShorterList() {
        Committee city = committee("政协澄湖市委员会");
        assertThat(storage.sectors().listOf(city.id())).extracting(Sector::name).isEqualTo(SectorPreset.STANDARD.sectorNames());
        assertThat(storage.sectors().listOf(city.id())).extracting(Sector::displayOrder)
                .isEqualTo(java.util.stream.IntStream.range(0, SectorPreset.STANDARD.sectorNames().size()).boxed().toList());
        for (String county : List.of("政协望川县委员会", "政协云岫县委员会")) {
            List<Sector> sectors = storage.sectors().listOf(committee(county).id());
            assertThat(sectors).hasSize(18);
            assertThat(SectorPreset.STANDARD.sectorNames()).containsAll(sectors.stream().map(Sector::name).toList());
        }
    }

    @Test
    void loadsAboutThreeHundredMembers() {
        assertThat(summary.members()).isBetween(280, 320);
        assertThat(membersOf("政协澄湖市委员会")).hasSizeBetween(170, 190);
        assertThat(membersOf("政协望川县委员会")).hasSizeBetween(55, 65);
        assertThat(membersOf("政协云岫县委员会")).hasSizeBetween(55, 65);
        int stored = storage.committees().all().stream().mapToInt(c -> membersOf(c.name()).size()).sum();
        assertThat(stored).isEqualTo(summary.members());
    }

    @Test
    void everyMemberHasACurrentTermMembershipInOneOfItsCommitteesSectors() {
        for (Committee committee : storage.committees().all()) {
            int current = committee.termOn(TODAY).orElseThrow().number();
            Set<SectorId> sectors = storage.sectors().listOf(committee.id()).stream().map(Sector::id).collect(Collectors.toSet());
            assertThat(membersOf(committee.name())).allSatisfy(member -> {
                TermMembership membership = member.membership(current).orElseThrow();
                assertThat(sectors).contains(membership.sectorId());
                member.memberships().forEach(m -> assertThat(sectors).contains(m.sectorId()));
            });
        }
    }

    @Test
    void membersOfPartySectorsBelongToThatParty() {
        for (Committee committee : storage.committees().all()) {
            Map<SectorId, String> sectorNames = storage.sectors().listOf(committee.id()).stream()
                    .collect(Collectors.toMap(Sector::id, Sector::name));
            int current = committee.latestTerm().orElseThrow().number();
            assertThat(membersOf(committee.name())).allSatisfy(member -> {
                String sector = sectorNames.get(member.membership(current).orElseThrow().sectorId());
                PartyRule.ofSector(sector).ifPresent(party -> assertThat(member.profile().party()).isEqualTo(party));
                if (sector.equals("宗教")) {
                    assertThat(member.profile().party()).isNotEqualTo(PartyAffiliation.CPC);
                }
            });
        }
    }

    @Test
    void eachCommitteeHasStandingMembersAndAboutFortyPercentContinuingMembers() {
        for (Committee committee : storage.committees().all()) {
            int current = committee.latestTerm().orElseThrow().number();
            List<TermMembership> memberships = membersOf(committee.name()).stream().map(m -> m.membership(current).orElseThrow()).toList();
            long standing = memberships.stream().filter(TermMembership::isStanding).count();
            long continuing = memberships.stream().filter(m -> m.kind() == MembershipKind.CONTINUING).count();
            assertThat(standing).as("standing members of %s", committee.name()).isBetween(memberships.size() / 10L, memberships.size() / 5L);
            assertThat((double) continuing / memberships.size()).as("continuing share of %s", committee.name()).isBetween(0.25, 0.55);
        }
        assertThat((double) summary.standingMembers() / summary.members()).isBetween(0.12, 0.16);
    }

    @Test
    void recordsAHandfulOfEndingsAllInThePast() {
        List<MembershipDecision> decisions = storage.committees().all().stream().flatMap(c -> membersOf(c.name()).stream())
                .flatMap(m -> m.decisions().stream()).toList();
        Map<DecisionKind, Long> kinds = decisions.stream().collect(Collectors.groupingBy(MembershipDecision::kind, Collectors.counting()));

        assertThat(kinds.get(DecisionKind.RESIGNATION)).isBetween(2L, 3L);
        assertThat(kinds.get(DecisionKind.ASKED_TO_RESIGN)).isEqualTo(1L);
        assertThat(kinds.get(DecisionKind.STANDING_ORDERED_TO_RESIGN)).isEqualTo(1L);
        assertThat(kinds.get(DecisionKind.DECEASE)).isEqualTo(1L);
        assertThat(kinds.get(DecisionKind.TAKING_OFFICE)).isGreaterThan(summary.members());
        assertThat(decisions).allSatisfy(d -> {
            assertThat(d.decidedOn()).isBeforeOrEqualTo(TODAY);
            assertThat(d.recordedAt()).isEqualTo(CLOCK.instant());
        });
        assertThat(decisions.stream().map(MembershipDecision::id).distinct().count()).isEqualTo(decisions.size());
    }

    @Test
    void theMemberOrderedToGiveUpTheStandingRoleKeepsTheMembership() {
        Member member = storage.committees().all().stream().flatMap(c -> membersOf(c.name()).stream())
                .filter(m -> m.decisions().stream().anyMatch(d -> d.kind() == DecisionKind.STANDING_ORDERED_TO_RESIGN))
                .findFirst().orElseThrow();
        TermMembership membership = member.latestMembership().orElseThrow();

        assertThat(membership.status().isCurrent()).isTrue();
        assertThat(membership.isStanding()).isFalse();
        assertThat(membership.standingRoles()).hasSize(1);
    }

    @Test
    void givesMemberCodesUniquePerCommitteeWithTheCommitteesPrefix() {
        Map<String, String> prefixes = Map.of("政协澄湖市委员会", "CH09-", "政协望川县委员会", "WC10-", "政协云岫县委员会", "YX10-");
        prefixes.forEach((committee, prefix) -> {
            List<String> codes = membersOf(committee).stream().map(m -> m.code().value()).toList();
            assertThat(codes).doesNotHaveDuplicates().allSatisfy(code -> assertThat(code).matches(prefix + "\\d{3}"));
            assertThat(codes).contains(prefix + "001");
        });
    }

    @Test
    void usesOnlyFictionalValidPersonalData() {
        List<Member> all = storage.committees().all().stream().flatMap(c -> membersOf(c.name()).stream()).toList();
        List<String> ids = new ArrayList<>();
        List<String> mobiles = new ArrayList<>();
        for (Member member : all) {
            var profile = member.profile();
            assertThat(profile.name()).hasSizeBetween(2, 3);
            assertThat(NameGenerator.isPublicFigure(profile.name())).isFalse();
            assertThat(profile.dateOfBirth().getYear()).isBetween(1958, 1992);
            assertThat(profile.region()).isPresent();
            profile.residentIdNumber().map(ResidentIdNumber::value).ifPresent(id -> {
                assertThat(id).startsWith("99");
                assertThat(ResidentIdNumber.parse(id).birthDate()).isEqualTo(profile.dateOfBirth());
                ids.add(id);
            });
            profile.mobile().map(PhoneNumber::value).ifPresent(mobiles::add);
            profile.email().ifPresent(email -> assertThat(email).endsWith("@example.org"));
        }
        assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThan(all.size() * 8 / 10);
        assertThat(mobiles).doesNotHaveDuplicates().hasSizeGreaterThan(all.size() * 3 / 4)
                .allSatisfy(mobile -> assertThat(mobile).matches("1390000\\d{4}"));
        assertThat(all.stream().map(m -> m.profile().name()).filter(n -> n.length() == 3 && !n.startsWith("欧阳")).count())
                .isGreaterThan(all.size() / 2);
    }

    @Test
    void formsSpecialCommitteesDirectedByStandingMembers() {
        Committee city = committee("政协澄湖市委员会");
        assertThat(storage.specialCommittees().listOf(city.id())).extracting(SpecialCommittee::name).containsExactlyInAnyOrder(
                "提案委员会", "经济委员会", "农业和农村委员会", "委员工作委员会", "文化文史和学习委员会", "社会和法制委员会");
        long onePerson = 0;
        for (Committee committee : storage.committees().all()) {
            int current = committee.latestTerm().orElseThrow().number();
            List<SpecialCommittee> specials = storage.specialCommittees().listOf(committee.id());
            assertThat(specials).isNotEmpty().allSatisfy(special -> {
                Member director = storage.members().requireMemberOf(committee.id(), special.directorId().orElseThrow(), "directorId");
                assertThat(director.membership(current).orElseThrow().isStanding()).isTrue();
            });
            assertThat(specials.stream().map(s -> s.directorId().orElseThrow()).distinct().count()).isEqualTo(specials.size());
            onePerson += specials.stream().filter(SpecialCommittee::onePerson).count();
        }
        assertThat(onePerson).isEqualTo(1);
    }

    @Test
    void registersTheHandlingUnitsOfEachCommitteeNamedAfterItsRegion() {
        Committee city = committee("政协澄湖市委员会");
        List<HandlingUnit> cityUnits = storage.handlingUnits().ofCommittee(city.id(), true);
        assertThat(cityUnits).hasSize(14).extracting(HandlingUnit::name)
                .contains("澄湖市教育局", "中共澄湖市委宣传部", "澄湖市中级人民法院", "国网澄湖供电公司")
                .allSatisfy(name -> assertThat(name).contains("澄湖"));
        assertThat(cityUnits).extracting(HandlingUnit::kind).containsOnly(HandlingUnitKind.PARTY_DEPARTMENT, HandlingUnitKind.GOVERNMENT_DEPARTMENT,
                HandlingUnitKind.JUDICIAL, HandlingUnitKind.PEOPLES_ORGANISATION, HandlingUnitKind.ENTERPRISE_OR_INSTITUTION);
        assertThat(storage.handlingUnits().ofCommittee(committee("政协云岫县委员会").id(), true)).hasSize(6).extracting(HandlingUnit::name)
                .contains("云岫县教育局", "云岫县人民法院");
        Set<String> phones = new HashSet<>(allMembers(storage).stream().flatMap(m -> m.profile().mobile().stream()).map(PhoneNumber::value).toList());
        for (Committee committee : storage.committees().all()) {
            assertThat(storage.handlingUnits().ofCommittee(committee.id(), false)).allSatisfy(unit -> {
                assertThat(unit.active()).isTrue();
                assertThat(unit.contactPerson()).isPresent();
                assertThat(phones.add(unit.contactPhone().orElseThrow().replace(" ", ""))).as("a number of its own: %s", unit).isTrue();
            });
        }
    }

    @Test
    void formsSectorGroupsLedByAMemberOfTheirSectors() {
        assertThat(storage.sectorGroups().listOf(committee("政协澄湖市委员会").id())).hasSize(4);
        for (Committee committee : storage.committees().all()) {
            int current = committee.latestTerm().orElseThrow().number();
            List<SectorGroup> groups = storage.sectorGroups().listOf(committee.id());
            assertThat(groups).isNotEmpty().allSatisfy(group -> {
                Member leader = storage.members().requireMemberOf(committee.id(), group.leaderId().orElseThrow(), "leaderId");
                assertThat(group.sectorIds()).contains(leader.membership(current).orElseThrow().sectorId());
            });
        }
    }

    @Test
    void groupsMembersByResidenceInAtMostOneLiaisonGroup() {
        assertThat(storage.liaisonGroups().listOf(committee("政协澄湖市委员会").id())).extracting(LiaisonGroup::name)
                .contains("湖滨区联络组");
        Set<MemberId> seen = new HashSet<>();
        for (Committee committee : storage.committees().all()) {
            List<LiaisonGroup> groups = storage.liaisonGroups().listOf(committee.id());
            assertThat(groups).hasSizeGreaterThanOrEqualTo(2).allSatisfy(group -> {
                assertThat(group.memberIds()).isNotEmpty().contains(group.leaderId().orElseThrow());
                group.memberIds().forEach(id -> assertThat(seen.add(id)).as("member in one group only").isTrue());
                group.memberIds().forEach(id -> assertThat(storage.liaisonGroups().findByMember(id)).map(LiaisonGroup::id).contains(group.id()));
            });
        }
    }

    @Test
    void opensWorkstationsWithFiveToTenMixedPostings() {
        assertThat(storage.workstations().listOf(committee("政协澄湖市委员会").id())).hasSize(3);
        for (Committee committee : storage.committees().all()) {
            List<Workstation> workstations = storage.workstations().listOf(committee.id());
            assertThat(workstations).hasSizeBetween(2, 3).allSatisfy(w -> {
                assertThat(w.headName()).isPresent();
                assertThat(w.headPost().orElseThrow()).contains("副书记");
                assertThat(w.postings()).hasSizeBetween(5, 10);
                assertThat(w.postings().stream().map(Posting::type).distinct().count()).isEqualTo(3);
                w.postings().forEach(p -> storage.members().requireMemberOf(committee.id(), p.memberId(), "memberId"));
            });
        }
    }

    @Test
    void summaryCountsWhatWasStored() {
        assertThat(summary.loaded()).isTrue();
        assertThat(summary.committees()).isEqualTo(3);
        assertThat(summary.sectors()).isEqualTo(32 + 18 + 18);
        assertThat(summary.workstations()).isEqualTo(7);
        assertThat(summary.liaisonGroups()).isEqualTo(8);
        assertThat(summary.sectorGroups()).isEqualTo(7);
        assertThat(summary.specialCommittees()).isEqualTo(12);
        assertThat(summary.handlingUnits()).isEqualTo(14 + 6 + 6);
    }

    @Test
    void loadingAgainDoesNothing() {
        StorageUnderTest fresh = StorageUnderTest.inMemory();
        load(fresh, CLOCK);
        int before = fresh.committees().all().stream().mapToInt(c -> members(fresh, c).size()).sum();

        Summary second = load(fresh, CLOCK);

        assertThat(second).isEqualTo(Summary.skipped());
        assertThat(second.describe()).contains("not loaded");
        assertThat(fresh.committees().all()).hasSize(3);
        assertThat(fresh.committees().all().stream().mapToInt(c -> members(fresh, c).size()).sum()).isEqualTo(before);
    }

    @Test
    void givesTheSameDataOnEveryLoad() {
        StorageUnderTest one = StorageUnderTest.inMemory();
        StorageUnderTest two = StorageUnderTest.inMemory();
        load(one, CLOCK);
        load(two, CLOCK);

        assertThat(fingerprint(two)).isEqualTo(fingerprint(one)).isEqualTo(fingerprint(storage));
        assertThat(allMembers(two)).isEqualTo(allMembers(one));
    }

    @Test
    void loadsIntoMemoryWellUnderASecond() {
        long start = System.nanoTime();
        load(StorageUnderTest.inMemory(), CLOCK);
        long warmMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Demo load into memory: first " + firstLoadMillis + " ms, warm " + warmMillis + " ms.");

        assertThat(warmMillis).isLessThan(500);
        assertThat(firstLoadMillis).isLessThan(1500);
    }

    @Test
    void neverDatesADecisionAfterTodayWhenTheClockIsEarlier() {
        LocalDate early = LocalDate.of(2024, 3, 1);
        StorageUnderTest fresh = StorageUnderTest.inMemory();
        load(fresh, Clock.fixed(early.atStartOfDay(SHANGHAI).toInstant(), SHANGHAI));

        List<Member> all = allMembers(fresh);
        assertThat(all).hasSize(summary.members());
        assertThat(all).flatMap(Member::decisions).allSatisfy(d -> assertThat(d.decidedOn()).isBeforeOrEqualTo(early));
        assertThat(all).flatMap(Member::decisions).extracting(MembershipDecision::kind).doesNotContain(DecisionKind.DECEASE);
    }

    private static Summary load(StorageUnderTest target, Clock clock) {
        return DemoOrganisation.load(target.committees(), target.sectors(), target.sectorGroups(), target.specialCommittees(),
                target.handlingUnits(), target.members(), target.liaisonGroups(), target.workstations(), clock);
    }

    private static Committee committee(String name) {
        return storage.committees().all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<Member> membersOf(String committeeName) {
        return members(storage, committee(committeeName));
    }

    private static List<Member> members(StorageUnderTest target, Committee committee) {
        return target.members().search(MemberQuery.of(committee.id()).sortedBy(MemberSort.CODE, true), PageRequest.of(0, 1000)).items();
    }

    private static List<Member> allMembers(StorageUnderTest target) {
        return target.committees().all().stream().flatMap(c -> members(target, c).stream()).toList();
    }

    private static List<String> fingerprint(StorageUnderTest target) {
        List<String> lines = new ArrayList<>(allMembers(target).stream().map(m -> m.code().value() + " " + m.profile().name() + " " + m.id())
                .toList());
        target.committees().all().forEach(c -> target.handlingUnits().ofCommittee(c.id(), false)
                .forEach(u -> lines.add(u.id() + " " + u.name() + " " + u.contactPerson().orElse("") + " " + u.contactPhone().orElse(""))));
        return lines;
    }
}
