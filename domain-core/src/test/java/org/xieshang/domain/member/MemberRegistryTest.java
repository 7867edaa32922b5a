package org.xieshang.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.sector.Sector;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.shared.PageRequest;
import org.xieshang.domain.testkit.Fixtures;
import org.xieshang.domain.testkit.StorageUnderTest;

class MemberRegistryTest {

    /** 1 July 2024, 01:00 in Shanghai, while it is still 30 June in UTC. */
    private static final Instant NOW = Instant.parse("2024-06-30T17:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2024, 7, 1);
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));

    private final StorageUnderTest storage = StorageUnderTest.inMemory();
    private final MemberRegistry registry = new MemberRegistry(storage.committees(), storage.sectors(), storage.members(), CLOCK);
    private Committee committee;
    private Sector education;
    private Sector economy;

    @BeforeEach
    void committeeWithSectors() {
        committee = storage.committees().save(Fixtures.cityCommittee());
        education = storage.sectors().save(Sector.create(SectorId.generate(), committee.id(), "教育", 0));
        economy = storage.sectors().save(Sector.create(SectorId.generate(), committee.id(), "经济", 1));
    }

    @Test
    void registering_with_an_appointment_stores_the_member_with_the_membership_and_the_decision() {
        Member member = registry.register(committee.id(), MemberCode.of("QC-001"), Fixtures.profile("王芳"), appointment(education.id()));

        assertThat(member.version()).isEqualTo(1);
        assertThat(storage.members().require(member.id())).isEqualTo(member);
        TermMembership membership = member.membership(13).orElseThrow();
        assertThat(membership.status()).isEqualTo(MembershipStatus.APPOINTED);
        assertThat(membership.kind()).isEqualTo(MembershipKind.NEW);
        assertThat(membership.sectorId()).isEqualTo(education.id());
        MembershipDecision decision = member.decisions().get(0);
        assertThat(decision.kind()).isEqualTo(DecisionKind.APPOINTMENT);
        assertThat(decision.decidedBy()).isEqualTo("主席会议");
        assertThat(decision.documentNumber()).contains("青政协〔2022〕1号");
    }

    @Test
    void the_decision_is_recorded_at_the_clocks_instant() {
        Member member = registry.register(committee.id(), MemberCode.of("QC-001"), Fixtures.profile("王芳"), appointment(education.id()));

        assertThat(member.decisions()).extracting(MembershipDecision::recordedAt).containsExactly(NOW);
    }

    @Test
    void registering_without_an_appointment_stores_a_member_without_membership() {
        Member member = registry.register(committee.id(), MemberCode.of("QC-001"), Fixtures.profile("王芳"));

        assertThat(storage.members().require(member.id()).memberships()).isEmpty();
    }

    @Test
    void a_taken_code_is_refused_and_nothing_is_stored() {
        Member first = registry.register(committee.id(), MemberCode.of("QC-001"), Fixtures.profile("王芳"), appointment(education.id()));

        assertThatThrownBy(() -> registry.register(committee.id(), MemberCode.of("QC-001"), Fixtures.profile("李娜"), appointment(economy.id())))
                .isInstanceOfSatisfying(DuplicateException.class, e -> {
                    assertThat(e.code()).isEqualTo("member.code.duplicate");
                    assertThat(e.field()).contains("code");
                });
        assertThatThrownBy(() -> registry.register(committee.id(), MemberCode.of("QC-001"), Fixtures.profile("李娜")))
                .isInstanceOf(DuplicateException.class);
        assertThat(storedNames()).containsExactly("王芳");
        assertThat(storage.members().findByCode(committee.id(), MemberCode.of("QC-001"))).contains(first);
    }

    @Test
    void one_person_is_registered_once_per_committee() {
        Member first = registry.register(committee.id(), MemberCode.of("QC-001"), Fixtures.profile("王芳"));
        MemberProfile sameNumber = Fixtures.profile("王芳").toBuilder().residentIdNumber(first.profile().residentIdNumber().orElseThrow()).build();
        Member other = registry.register(committee.id(), MemberCode.of("QC-002"), Fixtures.profile("李娜"));

        assertThatThrownBy(() -> registry.register(committee.id(), MemberCode.of("QC-003"), sameNumber))
                .isInstanceOfSatisfying(DuplicateException.class, e -> {
                    assertThat(e.code()).isEqualTo("member.resident-id.duplicate");
                    assertThat(e.field()).contains("residentIdNumber");
                });
        assertThatThrownBy(() -> registry.updateProfile(other.id(), other.version(), sameNumber)).isInstanceOf(DuplicateException.class);
        assertThat(registry.updateProfile(first.id(), first.version(), sameNumber).profile()).isEqualTo(sameNumber);
    }

    @Test
    void an_unknown_sector_is_not_found_and_nothing_is_stored() {
        assertNothingStoredAfter(() -> registry.register(committee.id(), MemberCode.of("QC-001"), Fixtures.profile("王芳"),
                appointment(SectorId.generate())), NotFoundException.class, "not-found.sector", "sectorId");
    }

    @Test
    void a_sector_of_another_committee_is_not_found_and_nothing_is_stored() {
        Committee other = storage.committees().save(Fixtures.cityCommittee());
        Sector theirs = storage.sectors().save(Sector.create(SectorId.generate(), other.id(), "教育", 0));

        assertNothingStoredAfter(() -> registry.register(committee.id(), MemberCode.of("QC-001"), Fixtures.profile("王芳"),
                appointment(theirs.id())), NotFoundException.class, "not-found.sector", "sectorId");
    }

    @Test
    void an_unknown_term_is_not_found_and_nothing_is_stored() {
        DecisionDraft forTerm14 = new DecisionDraft(DecisionKind.APPOINTMENT, 14, Optional.of(education.id()), "主席会议",
                LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 10), "依据政协章程", Optional.empty());

        assertNothingStoredAfter(() -> registry.register(committee.id(), MemberCode.of("QC-001"), Fixtures.profile("王芳"), forTerm14),
                NotFoundException.class, "not-found.term", "termNumber");
    }

    @Test
    void an_unknown_committee_is_not_found() {
        assertThatThrownBy(() -> registry.register(CommitteeId.generate(), MemberCode.of("QC-001"), Fixtures.profile("王芳"),
                appointment(education.id())))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("not-found.committee"));
    }

    @Test
    void registering_with_another_kind_of_decision_is_refused() {
        DecisionDraft takingOffice = new DecisionDraft(DecisionKind.TAKING_OFFICE, 13, Optional.empty(), "主席会议", LocalDate.of(2022, 1, 10),
                LocalDate.of(2022, 1, 10), "依据政协章程", Optional.empty());

        assertNothingStoredAfter(() -> registry.register(committee.id(), MemberCode.of("QC-001"), Fixtures.profile("王芳"), takingOffice),
                DomainException.class, "decision.not-appointment", "kind");
    }

    @Test
    void a_decision_dated_in_the_future_is_refused_where_the_committee_is() {
        assertNothingStoredAfter(() -> registry.register(committee.id(), MemberCode.of("QC-001"), Fixtures.profile("王芳"),
                decidedOn(TODAY.plusDays(1), education.id())), DomainException.class, "decision.in-future", "decidedOn");

        // 1 July has begun in Shanghai though not yet in UTC: a decision of today is fine.
        Member member = registry.register(committee.id(), MemberCode.of("QC-001"), Fixtures.profile("王芳"), decidedOn(TODAY, education.id()));
        assertThat(member.decisions().get(0).decidedOn()).isEqualTo(TODAY);
    }

    @Test
    void a_date_of_birth_in_the_future_is_refused() {
        MemberProfile unborn = Fixtures.minimalProfile("明日", PartyAffiliation.MASSES).toBuilder()
                .dateOfBirth(TODAY.plusDays(1)).build();

        assertNothingStoredAfter(() -> registry.register(committee.id(), MemberCode.of("QC-001"), unborn, appointment(education.id())),
                DomainException.class, "member.date-of-birth.future", "dateOfBirth");
        assertNothingStoredAfter(() -> registry.register(committee.id(), MemberCode.of("QC-001"), unborn),
                DomainException.class, "member.date-of-birth.future", "dateOfBirth");
    }

    @Test
    void recording_a_decision_checks_the_version_and_raises_it() {
        Member member = registry.register(committee.id(), MemberCode.of("QC-001"), Fixtures.profile("王芳"), appointment(education.id()));

        Member active = registry.recordDecision(member.id(), 1, draft(DecisionKind.TAKING_OFFICE, LocalDate.of(2022, 1, 11)));

        assertThat(active.version()).isEqualTo(2);
        assertThat(active.membership(13).orElseThrow().status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThatThrownBy(() -> registry.recordDecision(member.id(), 1, draft(DecisionKind.STANDING_APPOINTMENT, LocalDate.of(2022, 1, 12))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(storage.members().require(member.id())).isEqualTo(active);
    }

    @Test
    void a_refused_decision_stores_nothing() {
        Member member = registry.register(committee.id(), MemberCode.of("QC-001"), Fixtures.profile("王芳"), appointment(education.id()));

        assertThatThrownBy(() -> registry.recordDecision(member.id(), 1, draft(DecisionKind.STANDING_RESIGNATION, LocalDate.of(2022, 2, 1))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("standing.none-open"));
        assertThat(storage.members().require(member.id())).isEqualTo(member);
    }

    @Test
    void a_reassignment_to_a_sector_of_another_committee_is_not_found() {
        Member member = registry.register(committee.id(), MemberCode.of("QC-001"), Fixtures.profile("王芳"), appointment(education.id()));
        Committee other = storage.committees().save(Fixtures.cityCommittee());
        Sector theirs = storage.sectors().save(Sector.create(SectorId.generate(), other.id(), "经济", 0));
        DecisionDraft move = new DecisionDraft(DecisionKind.SECTOR_REASSIGNMENT, 13, Optional.of(theirs.id()), "主席会议",
                LocalDate.of(2023, 1, 5), LocalDate.of(2023, 1, 5), "工作调动", Optional.empty());

        assertThatThrownBy(() -> registry.recordDecision(member.id(), 1, move))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).contains("sectorId"));
        assertThat(storage.members().require(member.id())).isEqualTo(member);
    }

    @Test
    void updating_a_profile_checks_the_version_and_the_date_of_birth() {
        Member member = registry.register(committee.id(), MemberCode.of("QC-001"), Fixtures.profile("王芳"));
        MemberProfile renamed = member.profile().toBuilder().name("王芳芳").build();

        Member updated = registry.updateProfile(member.id(), 1, renamed);

        assertThat(updated.profile().name()).isEqualTo("王芳芳");
        assertThatThrownBy(() -> registry.updateProfile(member.id(), 1, renamed)).isInstanceOf(ConcurrentUpdateException.class);
        MemberProfile unborn = Fixtures.minimalProfile("明日", PartyAffiliation.MASSES).toBuilder().dateOfBirth(TODAY.plusYears(1)).build();
        assertThatThrownBy(() -> registry.updateProfile(member.id(), 2, unborn))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("member.date-of-birth.future"));
    }

    @Test
    void a_decision_about_an_unknown_member_is_not_found() {
        assertThatThrownBy(() -> registry.recordDecision(MemberId.generate(), 1, draft(DecisionKind.TAKING_OFFICE, LocalDate.of(2022, 1, 11))))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("not-found.member"));
    }

    private void assertNothingStoredAfter(ThrowingCallable call, Class<? extends DomainException> type, String code, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(type, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).contains(field);
        });
        assertThat(storedNames()).isEmpty();
    }

    private List<String> storedNames() {
        return storage.members().search(MemberQuery.of(committee.id()), PageRequest.of(0, 100)).items().stream()
                .map(m -> m.profile().name()).toList();
    }

    private static DecisionDraft appointment(SectorId sector) {
        return new DecisionDraft(DecisionKind.APPOINTMENT, 13, Optional.of(sector), "主席会议", LocalDate.of(2022, 1, 5),
                LocalDate.of(2022, 1, 10), "政协青川市第十三届委员会委员名单", Optional.of("青政协〔2022〕1号"));
    }

    private static DecisionDraft decidedOn(LocalDate day, SectorId sector) {
        return new DecisionDraft(DecisionKind.APPOINTMENT, 13, Optional.of(sector), "主席会议", day, day, "增补委员", Optional.empty());
    }

    private static DecisionDraft draft(DecisionKind kind, LocalDate day) {
        return new DecisionDraft(kind, 13, Optional.empty(), "主席会议", day, day, "依据政协章程", Optional.empty());
    }
}
