package org.xieshang.domain.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.NotFoundException;

/** Committees, their terms and plenary sessions. */
class CommitteeTest {

    private static final LocalDate T12_START = LocalDate.of(2017, 1, 10);
    private static final LocalDate T12_END = LocalDate.of(2022, 1, 9);
    private static final LocalDate T13_START = LocalDate.of(2022, 1, 10);
    private static final LocalDate T13_END = LocalDate.of(2027, 1, 9);

    private final Committee city = Committee.establish(CommitteeId.generate(), "政协青川市委员会", CommitteeLevel.CITY, Optional.empty(), "青川市");

    @Test
    void a_new_committee_has_no_terms_and_version_zero() {
        assertThat(city.terms()).isEmpty();
        assertThat(city.latestTerm()).isEmpty();
        assertThat(city.version()).isZero();
        assertThat(city.parentId()).isEmpty();
        assertThat(city.name()).isEqualTo("政协青川市委员会");
        assertThat(city.region()).isEqualTo("青川市");
    }

    @Test
    void the_first_term_may_have_any_number_and_the_next_ones_follow_it() {
        Committee committee = city.openTerm(12, T12_START, T12_END).openTerm(13, T13_START, T13_END);

        assertThat(committee.terms()).extracting(Term::number).containsExactly(12, 13);
        assertThat(committee.latestTerm().orElseThrow().number()).isEqualTo(13);
        assertThat(city.terms()).as("the original is unchanged").isEmpty();
    }

    @ParameterizedTest(name = "term {0} after term 12")
    @CsvSource({"14", "15", "12"})
    void a_term_that_does_not_follow_the_latest_is_refused(int number) {
        Committee committee = city.openTerm(12, T12_START, T12_END);

        assertRefused(() -> committee.openTerm(number, T13_START, T13_END), "term.number.not-next", "number");
    }

    /** Terms are opened in order: history is not prepended through {@code openTerm}. */
    @Test
    void a_term_numbered_before_the_latest_cannot_be_opened_even_with_earlier_dates() {
        Committee committee = city.openTerm(12, T12_START, T12_END);

        assertRefused(() -> committee.openTerm(11, T12_START.minusYears(5), T12_START.minusDays(1)), "term.number.not-next", "number");
    }

    @Test
    void a_term_overlapping_the_previous_one_is_refused() {
        Committee committee = city.openTerm(12, T12_START, T12_END);

        assertRefused(() -> committee.openTerm(13, T12_END, T13_END), "term.overlaps-previous", "startDate");
        assertRefused(() -> committee.openTerm(13, T12_START.plusYears(1), T13_END), "term.overlaps-previous", "startDate");
    }

    @Test
    void a_term_starting_the_day_after_the_previous_one_ends_is_fine() {
        Committee committee = city.openTerm(12, T12_START, T12_END).openTerm(13, T12_END.plusDays(1), T13_END);

        assertThat(committee.requireTerm(13).startInclusive()).isEqualTo(T12_END.plusDays(1));
    }

    @Test
    void a_gap_between_terms_is_allowed() {
        Committee committee = city.openTerm(12, T12_START, T12_END).openTerm(13, T12_END.plusMonths(2), T13_END);

        assertThat(committee.termOn(T12_END.plusDays(1))).isEmpty();
        assertThat(committee.termOn(T12_END)).map(Term::number).contains(12);
        assertThat(committee.termOn(T13_END)).map(Term::number).contains(13);
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({"2022-01-10, 2022-01-10", "2022-01-10, 2022-01-09"})
    void a_term_must_end_after_it_starts(LocalDate start, LocalDate end) {
        assertRefused(() -> city.openTerm(13, start, end), "term.dates.reversed", "endDate");
    }

    @ParameterizedTest
    @CsvSource({"0", "100", "-1"})
    void a_term_number_is_between_one_and_ninety_nine(int number) {
        assertRefused(() -> city.openTerm(number, T13_START, T13_END), "term.number.invalid", "number");
    }

    @Test
    void an_unknown_term_is_not_found() {
        Committee committee = city.openTerm(13, T13_START, T13_END);

        assertThat(committee.term(12)).isEmpty();
        assertThatThrownBy(() -> committee.requireTerm(12))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.code()).isEqualTo("not-found.term");
                    assertThat(e.field()).contains("termNumber");
                });
        assertThatThrownBy(() -> committee.schedulePlenarySession(12, T13_START, T13_START)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> committee.rescheduleTerm(12, T13_START, T13_END)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void plenary_sessions_are_numbered_one_two_and_so_on() {
        Committee committee = city.openTerm(13, T13_START, T13_END)
                .schedulePlenarySession(13, LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 13))
                .schedulePlenarySession(13, LocalDate.of(2023, 1, 8), LocalDate.of(2023, 1, 11))
                .schedulePlenarySession(13, LocalDate.of(2024, 1, 7), LocalDate.of(2024, 1, 7));

        Term term = committee.requireTerm(13);
        assertThat(term.sessions()).extracting(PlenarySession::number).containsExactly(1, 2, 3);
        assertThat(term.session(2).orElseThrow().startInclusive()).isEqualTo(LocalDate.of(2023, 1, 8));
        assertThat(term.session(4)).isEmpty();
    }

    @Test
    void a_session_overlapping_the_previous_one_is_refused() {
        Committee committee = city.openTerm(13, T13_START, T13_END)
                .schedulePlenarySession(13, LocalDate.of(2023, 1, 8), LocalDate.of(2023, 1, 11));

        assertRefused(() -> committee.schedulePlenarySession(13, LocalDate.of(2023, 1, 11), LocalDate.of(2023, 1, 12)),
                "session.overlaps", "startDate");
        assertRefused(() -> committee.schedulePlenarySession(13, LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 2)),
                "session.overlaps", "startDate");
        assertThat(committee.schedulePlenarySession(13, LocalDate.of(2023, 1, 12), LocalDate.of(2023, 1, 12)).requireTerm(13).sessions())
                .hasSize(2);
    }

    @Test
    void a_session_must_fall_within_the_term() {
        Committee committee = city.openTerm(13, T13_START, T13_END);

        assertRefused(() -> committee.schedulePlenarySession(13, T13_START.minusDays(1), T13_START.plusDays(2)), "session.outside-term",
                "startDate");
        assertRefused(() -> committee.schedulePlenarySession(13, T13_END.minusDays(1), T13_END.plusDays(1)), "session.outside-term",
                "startDate");
        assertThat(committee.schedulePlenarySession(13, T13_END, T13_END).requireTerm(13).sessions()).hasSize(1);
    }

    @Test
    void a_session_cannot_end_before_it_starts() {
        Committee committee = city.openTerm(13, T13_START, T13_END);

        assertRefused(() -> committee.schedulePlenarySession(13, LocalDate.of(2023, 1, 8), LocalDate.of(2023, 1, 7)),
                "session.dates.reversed", "endDate");
    }

    @Test
    void sessions_out_of_sequence_are_refused_when_a_term_is_built() {
        List<PlenarySession> skipping = List.of(new PlenarySession(1, LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 3)),
                new PlenarySession(3, LocalDate.of(2023, 2, 1), LocalDate.of(2023, 2, 3)));

        assertRefused(() -> new Term(13, T13_START, T13_END, skipping), "session.number.sequence", "number");
    }

    @Test
    void rescheduling_a_term_keeps_its_sessions() {
        Committee committee = city.openTerm(13, T13_START, T13_END).schedulePlenarySession(13, LocalDate.of(2023, 1, 8), LocalDate.of(2023, 1, 11));

        Committee moved = committee.rescheduleTerm(13, LocalDate.of(2022, 3, 1), LocalDate.of(2027, 2, 28));

        assertThat(moved.requireTerm(13).startInclusive()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(moved.requireTerm(13).sessions()).isEqualTo(committee.requireTerm(13).sessions());
    }

    @Test
    void rescheduling_a_term_so_that_a_session_falls_outside_is_refused() {
        Committee committee = city.openTerm(13, T13_START, T13_END).schedulePlenarySession(13, LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 13));

        assertRefused(() -> committee.rescheduleTerm(13, LocalDate.of(2022, 1, 11), T13_END), "session.outside-term", "startDate");
        assertRefused(() -> committee.rescheduleTerm(13, LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 12)), "session.outside-term",
                "startDate");
    }

    @Test
    void rescheduling_a_term_into_its_neighbour_is_refused() {
        Committee committee = city.openTerm(12, T12_START, T12_END).openTerm(13, T13_START, T13_END);

        assertRefused(() -> committee.rescheduleTerm(12, T12_START, T13_START), "term.overlaps-previous", "startDate");
        assertRefused(() -> committee.rescheduleTerm(13, T12_END, T13_END), "term.overlaps-previous", "startDate");
        assertThat(committee.rescheduleTerm(12, T12_START, T13_START.minusDays(1)).requireTerm(12).endInclusive())
                .isEqualTo(T13_START.minusDays(1));
    }

    @Test
    void terms_and_sessions_have_their_usual_chinese_names() {
        Committee committee = city.openTerm(13, T13_START, T13_END)
                .schedulePlenarySession(13, LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 13))
                .schedulePlenarySession(13, LocalDate.of(2023, 1, 8), LocalDate.of(2023, 1, 11));

        Term term = committee.requireTerm(13);
        assertThat(term.displayName()).isEqualTo("第十三届");
        assertThat(term.session(2).orElseThrow().displayName(term.number())).isEqualTo("十三届二次会议");
        assertThat(Term.of(1, T13_START, T13_END).displayName()).isEqualTo("第一届");
        assertThat(Term.of(20, T13_START, T13_END).displayName()).isEqualTo("第二十届");
        assertThat(new PlenarySession(10, T13_START, T13_START).displayName(21)).isEqualTo("二十一届十次会议");
    }

    @Test
    void an_error_names_the_term_in_chinese() {
        Committee committee = city.openTerm(12, T12_START, T12_END);

        assertThatThrownBy(() -> committee.openTerm(13, T12_END, T13_END))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.localizedMessage(java.util.Locale.CHINA))
                        .isEqualTo("第十三届的开始日期必须晚于第十二届的结束日期（2022-01-09）"));
    }

    @ParameterizedTest(name = "{1} under {0}: {2}")
    @CsvSource({
            "NATIONAL,   PROVINCIAL, true",
            "NATIONAL,   CITY,       true",
            "PROVINCIAL, CITY,       true",
            "PROVINCIAL, COUNTY,     true",
            "CITY,       COUNTY,     true",
            "COUNTY,     CITY,       false",
            "COUNTY,     COUNTY,     false",
            "CITY,       CITY,       false",
            "CITY,       PROVINCIAL, false",
            "PROVINCIAL, NATIONAL,   false",
            "NATIONAL,   NATIONAL,   false"})
    void a_parent_committee_sits_at_a_higher_level(CommitteeLevel parentLevel, CommitteeLevel childLevel, boolean allowed) {
        Committee parent = Committee.establish(CommitteeId.generate(), "上级政协", parentLevel, Optional.empty(), "上级");
        ThrowingCallable establish = () -> Committee.establish(CommitteeId.generate(), "下级政协", childLevel, Optional.of(parent), "下级");

        assertThat(parentLevel.canBeParentOf(childLevel)).isEqualTo(allowed);
        if (allowed) {
            assertThat(Committee.establish(CommitteeId.generate(), "下级政协", childLevel, Optional.of(parent), "下级").parentId())
                    .contains(parent.id());
        } else {
            assertRefused(establish, "committee.parent.level", "parentId");
        }
    }

    @Test
    void a_county_committee_sits_under_its_city_committee() {
        Committee county = Committee.establish(CommitteeId.generate(), "政协青石县委员会", CommitteeLevel.COUNTY, Optional.of(city), "青石县");

        assertThat(county.parentId()).contains(city.id());
    }

    @Test
    void a_national_committee_has_no_parent() {
        assertThat(Committee.establish(CommitteeId.generate(), "全国政协", CommitteeLevel.NATIONAL, Optional.empty(), "全国").parentId()).isEmpty();
        assertRefused(() -> Committee.establish(CommitteeId.generate(), "全国政协", CommitteeLevel.NATIONAL, Optional.of(city), "全国"),
                "committee.parent.level", "parentId");
    }

    @Test
    void restoring_terms_in_any_order_sorts_them_and_checks_them_again() {
        Term t12 = Term.of(12, T12_START, T12_END);
        Term t13 = Term.of(13, T13_START, T13_END);

        Committee restored = Committee.restore(city.id(), city.name(), city.level(), null, city.region(), List.of(t13, t12), 4);

        assertThat(restored.terms()).containsExactly(t12, t13);
        assertThat(restored.version()).isEqualTo(4);
        assertRefused(() -> Committee.restore(city.id(), city.name(), city.level(), null, city.region(),
                List.of(t12, Term.of(13, T12_END, T13_END)), 4), "term.overlaps-previous", "startDate");
        assertRefused(() -> Committee.restore(city.id(), city.name(), city.level(), null, city.region(), List.of(), -1),
                "version.negative", "version");
    }

    @Test
    void renaming_keeps_the_terms() {
        Committee committee = city.openTerm(13, T13_START, T13_END).rename("中国人民政治协商会议青川市委员会", "青川市");

        assertThat(committee.name()).isEqualTo("中国人民政治协商会议青川市委员会");
        assertThat(committee.terms()).hasSize(1);
        assertRefused(() -> city.rename(" ", "青川市"), "field.required", "name");
        assertRefused(() -> city.rename("名".repeat(Committee.NAME_MAX + 1), "青川市"), "field.too-long", "name");
    }

    private static void assertRefused(ThrowingCallable call, String code, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).contains(field);
        });
    }
}
