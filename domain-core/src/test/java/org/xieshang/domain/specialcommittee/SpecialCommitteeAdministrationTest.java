package org.xieshang.domain.specialcommittee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.testkit.Fixtures;
import org.xieshang.domain.testkit.StorageUnderTest;

class SpecialCommitteeAdministrationTest {

    private final StorageUnderTest storage = StorageUnderTest.inMemory();
    private final SpecialCommitteeAdministration administration = new SpecialCommitteeAdministration(storage.committees(),
            storage.specialCommittees(), storage.members());
    private Committee committee;
    private Committee other;
    private Member director;
    private Member outsider;

    @BeforeEach
    void twoCommitteesWithAMemberEach() {
        committee = storage.committees().save(Fixtures.cityCommittee());
        other = storage.committees().save(Fixtures.cityCommittee());
        director = storage.members().save(Fixtures.member(committee, "S1", Fixtures.profile("高峰")));
        outsider = storage.members().save(Fixtures.member(other, "S1", Fixtures.profile("外会委员")));
    }

    @Test
    void a_special_committee_is_established_with_a_director_of_the_committee() {
        SpecialCommittee proposals = administration.establish(committee.id(), "提案委员会", Optional.of(director.id()), false);

        assertThat(storage.specialCommittees().require(proposals.id())).isEqualTo(proposals);
        assertThat(proposals.directorId()).contains(director.id());
        assertThat(proposals.onePerson()).isFalse();
        assertThat(proposals.version()).isEqualTo(1);
    }

    @Test
    void a_one_person_committee_may_have_no_director_yet() {
        SpecialCommittee history = administration.establish(committee.id(), "文史委", Optional.empty(), true);

        assertThat(history.onePerson()).isTrue();
        assertThat(history.directorId()).isEmpty();
    }

    @Test
    void a_duplicate_name_is_refused_within_a_committee_only() {
        administration.establish(committee.id(), "提案委员会", Optional.empty(), false);

        assertThatThrownBy(() -> administration.establish(committee.id(), " 提案委员会", Optional.empty(), false))
                .isInstanceOfSatisfying(DuplicateException.class, e -> {
                    assertThat(e.code()).isEqualTo("special-committee.name.duplicate");
                    assertThat(e.field()).contains("name");
                });
        assertThat(storage.specialCommittees().listOf(committee.id())).hasSize(1);
        assertThat(administration.establish(other.id(), "提案委员会", Optional.empty(), false).committeeId()).isEqualTo(other.id());
    }

    @Test
    void a_director_from_another_committee_is_refused() {
        assertThatThrownBy(() -> administration.establish(committee.id(), "经济委员会", Optional.of(outsider.id()), false))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.code()).isEqualTo("not-found.member");
                    assertThat(e.field()).contains("directorId");
                });
        assertThat(storage.specialCommittees().listOf(committee.id())).isEmpty();
    }

    @Test
    void revising_checks_the_director_the_name_and_the_version() {
        SpecialCommittee economy = administration.establish(committee.id(), "经济委员会", Optional.empty(), false);
        administration.establish(committee.id(), "提案委员会", Optional.empty(), false);

        assertThatThrownBy(() -> administration.revise(economy.id(), 1, "经济委员会", Optional.of(outsider.id()), false))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).contains("directorId"));
        assertThatThrownBy(() -> administration.revise(economy.id(), 1, "提案委员会", Optional.empty(), false))
                .isInstanceOf(DuplicateException.class);
        SpecialCommittee revised = administration.revise(economy.id(), 1, "经济委员会", Optional.of(director.id()), false);
        assertThat(revised.directorId()).contains(director.id());
        assertThatThrownBy(() -> administration.revise(economy.id(), 1, "经济委员会", Optional.empty(), false))
                .isInstanceOf(ConcurrentUpdateException.class);
    }
}
