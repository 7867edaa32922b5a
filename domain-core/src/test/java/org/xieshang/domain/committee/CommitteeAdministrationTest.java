package org.xieshang.domain.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.inmemory.InMemoryCommittees;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.NotFoundException;

class CommitteeAdministrationTest {

    private final Committees committees = new InMemoryCommittees();
    private final CommitteeAdministration administration = new CommitteeAdministration(committees);

    @Test
    void an_established_committee_is_stored_at_version_one() {
        Committee city = administration.establish("政协青川市委员会", CommitteeLevel.CITY, Optional.empty(), "青川市");

        assertThat(city.version()).isEqualTo(1);
        assertThat(committees.require(city.id())).isEqualTo(city);
    }

    @Test
    void a_county_committee_is_established_under_its_city_committee() {
        Committee city = administration.establish("政协青川市委员会", CommitteeLevel.CITY, Optional.empty(), "青川市");

        Committee county = administration.establish("政协青石县委员会", CommitteeLevel.COUNTY, Optional.of(city.id()), "青石县");

        assertThat(county.parentId()).contains(city.id());
        assertThat(committees.childrenOf(city.id())).containsExactly(county);
    }

    @Test
    void an_unknown_parent_is_not_found_and_nothing_is_stored() {
        CommitteeId unknown = CommitteeId.generate();

        assertThatThrownBy(() -> administration.establish("政协青石县委员会", CommitteeLevel.COUNTY, Optional.of(unknown), "青石县"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.code()).isEqualTo("not-found.committee");
                    assertThat(e.field()).contains("parentId");
                });
        assertThat(committees.all()).isEmpty();
    }

    @Test
    void a_parent_at_a_lower_level_is_refused_and_nothing_is_stored() {
        Committee county = administration.establish("政协青石县委员会", CommitteeLevel.COUNTY, Optional.empty(), "青石县");

        assertThatThrownBy(() -> administration.establish("政协青川市委员会", CommitteeLevel.CITY, Optional.of(county.id()), "青川市"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("committee.parent.level"));
        assertThat(committees.all()).containsExactly(county);
    }

    @Test
    void opening_a_term_and_scheduling_a_session_each_check_and_raise_the_version() {
        Committee city = administration.establish("政协青川市委员会", CommitteeLevel.CITY, Optional.empty(), "青川市");

        Committee withTerm = administration.openTerm(city.id(), 1, 13, LocalDate.of(2022, 1, 10), LocalDate.of(2027, 1, 9));
        Committee withSession = administration.schedulePlenarySession(city.id(), 2, 13, LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 13));

        assertThat(withTerm.version()).isEqualTo(2);
        assertThat(withSession.version()).isEqualTo(3);
        assertThat(committees.require(city.id()).requireTerm(13).sessions()).hasSize(1);
    }

    @Test
    void a_stale_version_is_refused_and_nothing_changes() {
        Committee city = administration.establish("政协青川市委员会", CommitteeLevel.CITY, Optional.empty(), "青川市");
        Committee withTerm = administration.openTerm(city.id(), 1, 13, LocalDate.of(2022, 1, 10), LocalDate.of(2027, 1, 9));

        assertThatThrownBy(() -> administration.openTerm(city.id(), 1, 14, LocalDate.of(2027, 1, 10), LocalDate.of(2032, 1, 9)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> administration.schedulePlenarySession(city.id(), 1, 13, LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 13)))
                .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> assertThat(e.code()).isEqualTo("concurrent-update"));
        assertThatThrownBy(() -> administration.rename(city.id(), 3, "新名", "青川市")).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(committees.require(city.id())).isEqualTo(withTerm);
    }

    @Test
    void a_refused_change_stores_nothing() {
        Committee city = administration.establish("政协青川市委员会", CommitteeLevel.CITY, Optional.empty(), "青川市");
        Committee withTerm = administration.openTerm(city.id(), 1, 13, LocalDate.of(2022, 1, 10), LocalDate.of(2027, 1, 9));

        assertThatThrownBy(() -> administration.schedulePlenarySession(city.id(), 2, 13, LocalDate.of(2021, 1, 10), LocalDate.of(2021, 1, 13)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("session.outside-term"));
        assertThat(committees.require(city.id())).isEqualTo(withTerm);
    }

    @Test
    void rescheduling_and_renaming_go_through_the_version_check_too() {
        Committee city = administration.establish("政协青川市委员会", CommitteeLevel.CITY, Optional.empty(), "青川市");
        administration.openTerm(city.id(), 1, 13, LocalDate.of(2022, 1, 10), LocalDate.of(2027, 1, 9));

        Committee moved = administration.rescheduleTerm(city.id(), 2, 13, LocalDate.of(2022, 1, 12), LocalDate.of(2027, 1, 11));
        Committee renamed = administration.rename(city.id(), 3, "中国人民政治协商会议青川市委员会", "青川市");

        assertThat(moved.requireTerm(13).startInclusive()).isEqualTo(LocalDate.of(2022, 1, 12));
        assertThat(renamed.name()).isEqualTo("中国人民政治协商会议青川市委员会");
        assertThat(renamed.version()).isEqualTo(4);
    }

    @Test
    void changing_an_unknown_committee_is_not_found() {
        assertThatThrownBy(() -> administration.openTerm(CommitteeId.generate(), 0, 13, LocalDate.of(2022, 1, 10), LocalDate.of(2027, 1, 9)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEmpty());
    }
}
