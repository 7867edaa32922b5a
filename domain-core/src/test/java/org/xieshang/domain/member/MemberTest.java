package org.xieshang.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.CommitteeLevel;
import org.xieshang.domain.committee.Term;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.testkit.Fixtures;

/** How a member's memberships follow the decisions recorded about them. */
class MemberTest {

    private static final Committee COMMITTEE = Committee.establish(CommitteeId.generate(), "政协青川市委员会", CommitteeLevel.CITY,
                    Optional.empty(), "青川市")
            .openTerm(12, LocalDate.of(2017, 1, 10), LocalDate.of(2022, 1, 9))
            .openTerm(13, LocalDate.of(2022, 1, 10), LocalDate.of(2027, 1, 9))
            .openTerm(14, LocalDate.of(2027, 1, 10), LocalDate.of(2032, 1, 9));
    private static final Term TERM_12 = COMMITTEE.requireTerm(12);
    private static final Term TERM_13 = COMMITTEE.requireTerm(13);
    private static final Term TERM_14 = COMMITTEE.requireTerm(14);
    private static final LocalDate START = TERM_13.startInclusive();

    private final SectorId education = SectorId.generate();
    private final SectorId economy = SectorId.generate();
    private final Member member = Member.register(MemberId.generate(), COMMITTEE.id(), MemberCode.of("QC-001"), Fixtures.profile("王芳"));

    @Test
    void a_registered_member_has_no_membership_yet() {
        assertThat(member.memberships()).isEmpty();
        assertThat(member.decisions()).isEmpty();
        assertThat(member.latestMembership()).isEmpty();
        assertThat(member.version()).isZero();
    }

    @Test
    void an_appointment_creates_an_appointed_new_membership_in_its_sector() {
        Member appointed = appoint(member, TERM_13, education, START);

        TermMembership membership = appointed.membership(13).orElseThrow();
        assertThat(membership.status()).isEqualTo(MembershipStatus.APPOINTED);
        assertThat(membership.kind()).isEqualTo(MembershipKind.NEW);
        assertThat(membership.sectorId()).isEqualTo(education);
        assertThat(membership.sinceInclusive()).isEqualTo(START);
        assertThat(membership.endedOn()).isEmpty();
        assertThat(membership.isStanding()).isFalse();
        assertThat(member.memberships()).as("the original is unchanged").isEmpty();
    }

    @Test
    void an_appointment_in_the_term_after_one_in_the_previous_term_is_continuing() {
        Member twice = appoint(appoint(member, TERM_12, education, TERM_12.startInclusive()), TERM_13, economy, START);

        assertThat(twice.membership(12).orElseThrow().kind()).isEqualTo(MembershipKind.NEW);
        assertThat(twice.membership(13).orElseThrow().kind()).isEqualTo(MembershipKind.CONTINUING);
        assertThat(twice.latestMembership().orElseThrow().termNumber()).isEqualTo(13);
    }

    @Test
    void an_appointment_after_a_term_away_is_new_again() {
        Member back = appoint(appoint(member, TERM_12, education, TERM_12.startInclusive()), TERM_14, economy, TERM_14.startInclusive());

        assertThat(back.membership(14).orElseThrow().kind()).isEqualTo(MembershipKind.NEW);
    }

    @Test
    void a_second_appointment_in_the_same_term_is_refused_as_one_sector_per_term() {
        Member appointed = appoint(member, TERM_13, education, START);

        assertRefused(() -> appoint(appointed, TERM_13, economy, START.plusDays(5)), "member.term.already-appointed", "termNumber");
        assertRefused(() -> appoint(appointed, TERM_13, education, START), "member.term.already-appointed", "termNumber");
    }

    @Test
    void taking_office_makes_the_membership_active_once() {
        Member active = takeOffice(appoint(member, TERM_13, education, START), START.plusDays(1));

        assertThat(active.membership(13).orElseThrow().status()).isEqualTo(MembershipStatus.ACTIVE);
        assertRefused(() -> takeOffice(active, START.plusDays(2)), "membership.transition.not-allowed", "kind");
    }

    @Test
    void a_sector_reassignment_moves_the_member_and_keeps_the_status() {
        Member active = takeOffice(appoint(member, TERM_13, education, START), START);

        Member moved = active.record(decision(DecisionKind.SECTOR_REASSIGNMENT, TERM_13, economy, LocalDate.of(2023, 5, 1)), TERM_13);

        TermMembership membership = moved.membership(13).orElseThrow();
        assertThat(membership.sectorId()).isEqualTo(economy);
        assertThat(membership.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(membership.sinceInclusive()).isEqualTo(START);
    }

    @Test
    void a_reassignment_to_the_same_sector_is_refused() {
        Member active = takeOffice(appoint(member, TERM_13, education, START), START);

        assertRefused(() -> active.record(decision(DecisionKind.SECTOR_REASSIGNMENT, TERM_13, education, START.plusDays(30)), TERM_13),
                "membership.sector.unchanged", "sectorId");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "RESIGNATION,       RESIGNED",
            "ASKED_TO_RESIGN,   ASKED_TO_RESIGN",
            "ORDERED_TO_RESIGN, ORDERED_TO_RESIGN",
            "REVOCATION,        REVOKED",
            "DECEASE,           DECEASED"})
    void an_ending_decision_ends_the_membership_and_an_open_standing_role_on_the_same_day(DecisionKind kind, MembershipStatus status) {
        Member standing = makeStanding(takeOffice(appoint(member, TERM_13, education, START), START), START.plusDays(10));
        LocalDate day = LocalDate.of(2024, 9, 30);

        Member ended = standing.record(decision(kind, TERM_13, null, day), TERM_13);

        TermMembership membership = ended.membership(13).orElseThrow();
        assertThat(membership.status()).isEqualTo(status);
        assertThat(membership.endedOn()).contains(day);
        assertThat(membership.isStanding()).isFalse();
        assertThat(membership.standingRoles()).containsExactly(new StandingRole(START.plusDays(10), Optional.of(day)));
        assertThat(membership.wasStandingOn(day)).isTrue();
        assertThat(membership.wasStandingOn(day.plusDays(1))).isFalse();
    }

    @Test
    void an_ending_decision_also_ends_an_appointed_membership_not_yet_taken_up() {
        Member ended = appoint(member, TERM_13, education, START).record(decision(DecisionKind.RESIGNATION, TERM_13, null, START.plusDays(3)), TERM_13);

        assertThat(ended.membership(13).orElseThrow().status()).isEqualTo(MembershipStatus.RESIGNED);
        assertThat(ended.membership(13).orElseThrow().standingRoles()).isEmpty();
    }

    @Test
    void a_standing_role_is_given_to_a_current_member() {
        Member standing = makeStanding(takeOffice(appoint(member, TERM_13, education, START), START), START.plusDays(2));

        TermMembership membership = standing.membership(13).orElseThrow();
        assertThat(membership.isStanding()).isTrue();
        assertThat(membership.openStandingRole()).contains(new StandingRole(START.plusDays(2), Optional.empty()));
        assertThat(membership.status()).isEqualTo(MembershipStatus.ACTIVE);
    }

    @Test
    void a_standing_role_is_refused_after_the_membership_ended() {
        Member resigned = takeOffice(appoint(member, TERM_13, education, START), START)
                .record(decision(DecisionKind.RESIGNATION, TERM_13, null, START.plusDays(100)), TERM_13);

        assertRefused(() -> makeStanding(resigned, START.plusDays(200)), "membership.transition.not-allowed", "kind");
    }

    @Test
    void a_standing_role_is_refused_to_a_member_not_appointed_in_the_term() {
        Member previousTermOnly = appoint(member, TERM_12, education, TERM_12.startInclusive());

        assertRefused(() -> makeStanding(previousTermOnly, START.plusDays(2)), "member.not-in-term", "termNumber");
        assertRefused(() -> makeStanding(member, START.plusDays(2)), "member.not-in-term", "termNumber");
    }

    @Test
    void a_member_who_is_already_standing_cannot_be_made_standing_again() {
        Member standing = makeStanding(takeOffice(appoint(member, TERM_13, education, START), START), START.plusDays(2));

        assertRefused(() -> makeStanding(standing, START.plusDays(3)), "standing.already-open", "kind");
    }

    @ParameterizedTest
    @CsvSource({"STANDING_RESIGNATION", "STANDING_ORDERED_TO_RESIGN"})
    void giving_up_the_standing_role_keeps_the_membership_active(DecisionKind kind) {
        Member standing = makeStanding(takeOffice(appoint(member, TERM_13, education, START), START), START.plusDays(2));
        LocalDate day = LocalDate.of(2023, 3, 1);

        Member plain = standing.record(decision(kind, TERM_13, null, day), TERM_13);

        TermMembership membership = plain.membership(13).orElseThrow();
        assertThat(membership.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(membership.endedOn()).isEmpty();
        assertThat(membership.isStanding()).isFalse();
        assertThat(membership.standingRoles()).containsExactly(new StandingRole(START.plusDays(2), Optional.of(day)));
    }

    @Test
    void the_standing_role_cannot_be_given_up_by_a_member_who_does_not_hold_it() {
        Member active = takeOffice(appoint(member, TERM_13, education, START), START);

        assertRefused(() -> active.record(decision(DecisionKind.STANDING_RESIGNATION, TERM_13, null, START.plusDays(5)), TERM_13),
                "standing.none-open", "kind");
    }

    @Test
    void a_member_may_be_made_standing_again_after_an_earlier_period_ended() {
        Member twice = makeStanding(takeOffice(appoint(member, TERM_13, education, START), START), START.plusDays(2))
                .record(decision(DecisionKind.STANDING_RESIGNATION, TERM_13, null, LocalDate.of(2023, 3, 1)), TERM_13)
                .record(decision(DecisionKind.STANDING_APPOINTMENT, TERM_13, null, LocalDate.of(2024, 3, 1)), TERM_13);

        TermMembership membership = twice.membership(13).orElseThrow();
        assertThat(membership.standingRoles()).hasSize(2);
        assertThat(membership.isStanding()).isTrue();
        assertThat(membership.wasStandingOn(LocalDate.of(2023, 6, 1))).isFalse();
    }

    @Test
    void the_effective_date_must_fall_within_the_term() {
        assertRefused(() -> appoint(member, TERM_13, education, TERM_13.startInclusive().minusDays(1)), "decision.outside-term", "effectiveOn");
        assertRefused(() -> appoint(member, TERM_13, education, TERM_13.endInclusive().plusDays(1)), "decision.outside-term", "effectiveOn");
        Member appointed = appoint(member, TERM_13, education, TERM_13.startInclusive());
        assertRefused(() -> takeOffice(appointed, TERM_13.endInclusive().plusDays(1)), "decision.outside-term", "effectiveOn");
        assertThat(appoint(member, TERM_13, education, TERM_13.endInclusive()).membership(13)).isPresent();
    }

    @Test
    void a_decision_cannot_take_effect_before_the_membership_began() {
        Member appointed = appoint(member, TERM_13, education, LocalDate.of(2022, 3, 1));

        assertRefused(() -> takeOffice(appointed, LocalDate.of(2022, 2, 28)), "decision.before-membership", "effectiveOn");
        assertRefused(() -> makeStanding(appointed, LocalDate.of(2022, 2, 28)), "decision.before-membership", "effectiveOn");
        assertRefused(() -> appointed.record(decision(DecisionKind.RESIGNATION, TERM_13, null, LocalDate.of(2022, 2, 28)), TERM_13),
                "decision.before-membership", "effectiveOn");
    }

    @Test
    void an_ending_decision_cannot_precede_the_standing_role_it_ends() {
        Member standing = makeStanding(takeOffice(appoint(member, TERM_13, education, START), START), LocalDate.of(2023, 1, 1));

        assertRefused(() -> standing.record(decision(DecisionKind.RESIGNATION, TERM_13, null, LocalDate.of(2022, 12, 31)), TERM_13),
                "standing.dates.reversed", "effectiveOn");
    }

    @Test
    void a_decision_about_another_term_than_the_one_given_is_refused() {
        assertRefused(() -> member.record(decision(DecisionKind.APPOINTMENT, TERM_12, education, START), TERM_13),
                "decision.term.mismatch", "termNumber");
    }

    @Test
    void a_deceased_member_cannot_be_appointed_again() {
        Member deceased = appoint(member, TERM_12, education, TERM_12.startInclusive())
                .record(decision(DecisionKind.TAKING_OFFICE, TERM_12, null, TERM_12.startInclusive()), TERM_12)
                .record(decision(DecisionKind.DECEASE, TERM_12, null, LocalDate.of(2020, 8, 1)), TERM_12);

        assertRefused(() -> appoint(deceased, TERM_13, education, START), "member.deceased", "kind");
    }

    @Test
    void a_member_who_resigned_may_be_appointed_in_a_later_term() {
        Member resigned = appoint(member, TERM_12, education, TERM_12.startInclusive())
                .record(decision(DecisionKind.RESIGNATION, TERM_12, null, LocalDate.of(2019, 1, 1)), TERM_12);

        assertThat(appoint(resigned, TERM_13, education, START).membership(13).orElseThrow().status()).isEqualTo(MembershipStatus.APPOINTED);
    }

    @Test
    void decisions_are_kept_in_the_order_they_were_recorded() {
        MembershipDecision appointment = decision(DecisionKind.APPOINTMENT, TERM_13, education, START);
        MembershipDecision office = decision(DecisionKind.TAKING_OFFICE, TERM_13, null, START.plusDays(1));
        MembershipDecision standing = decision(DecisionKind.STANDING_APPOINTMENT, TERM_13, null, START.plusDays(2));
        MembershipDecision move = decision(DecisionKind.SECTOR_REASSIGNMENT, TERM_13, economy, START.plusDays(3));

        Member after = member.record(appointment, TERM_13).record(office, TERM_13).record(standing, TERM_13).record(move, TERM_13);

        assertThat(after.decisions()).containsExactly(appointment, office, standing, move);
    }

    @Test
    void a_refused_decision_leaves_no_trace() {
        Member appointed = appoint(member, TERM_13, education, START);

        assertThatThrownBy(() -> appoint(appointed, TERM_13, economy, START)).isInstanceOf(DomainException.class);

        assertThat(appointed.decisions()).hasSize(1);
        assertThat(appointed.membership(13).orElseThrow().sectorId()).isEqualTo(education);
    }

    @Test
    void restoring_two_memberships_of_one_term_is_refused() {
        TermMembership first = new TermMembership(13, education, MembershipKind.NEW, MembershipStatus.ACTIVE, START, Optional.empty(), List.of());
        TermMembership second = new TermMembership(13, economy, MembershipKind.NEW, MembershipStatus.ACTIVE, START, Optional.empty(), List.of());

        assertRefused(() -> Member.restore(member.id(), member.committeeId(), member.code(), member.profile(), List.of(first, second), List.of(), 1),
                "member.term.already-appointed", "termNumber");
    }

    @Test
    void restoring_an_ended_membership_with_an_open_standing_role_is_refused() {
        assertRefused(() -> new TermMembership(13, education, MembershipKind.NEW, MembershipStatus.RESIGNED, START, Optional.of(START.plusDays(9)),
                List.of(new StandingRole(START, Optional.empty()))), "standing.open-after-end", "kind");
        assertRefused(() -> new TermMembership(13, education, MembershipKind.NEW, MembershipStatus.RESIGNED, START, Optional.empty(), List.of()),
                "membership.end-date.inconsistent", "endedOn");
    }

    /** Restored data must not show a former member as standing after the membership ended. */
    @Test
    void restoring_a_standing_role_that_outlives_the_membership_is_refused() {
        LocalDate ended = LocalDate.of(2023, 1, 1);

        assertRefused(() -> new TermMembership(13, education, MembershipKind.NEW, MembershipStatus.RESIGNED, START, Optional.of(ended),
                List.of(new StandingRole(START, Optional.of(ended.plusYears(1))))), "standing.open-after-end", "effectiveOn");
    }

    private Member appoint(Member who, Term term, SectorId sector, LocalDate effectiveOn) {
        return who.record(decision(DecisionKind.APPOINTMENT, term, sector, effectiveOn), term);
    }

    private static Member takeOffice(Member who, LocalDate effectiveOn) {
        return who.record(decision(DecisionKind.TAKING_OFFICE, TERM_13, null, effectiveOn), TERM_13);
    }

    private static Member makeStanding(Member who, LocalDate effectiveOn) {
        return who.record(decision(DecisionKind.STANDING_APPOINTMENT, TERM_13, null, effectiveOn), TERM_13);
    }

    private static MembershipDecision decision(DecisionKind kind, Term term, SectorId sector, LocalDate effectiveOn) {
        return new MembershipDecision(DecisionId.generate(), kind, term.number(), Optional.ofNullable(sector), "主席会议", effectiveOn,
                effectiveOn, "依据政协章程", Optional.empty(), Instant.parse("2022-01-10T02:00:00Z"));
    }

    private static void assertRefused(ThrowingCallable call, String code, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).contains(field);
        });
    }
}
