package org.xieshang.domain.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.testkit.Fixtures;
import org.xieshang.domain.testkit.StorageUnderTest;

class LiaisonGroupAdministrationTest {

    private final StorageUnderTest storage = StorageUnderTest.inMemory();
    private final LiaisonGroupAdministration administration = new LiaisonGroupAdministration(storage.committees(), storage.liaisonGroups(),
            storage.members());
    private Committee committee;
    private Member lin;
    private Member sun;
    private LiaisonGroup east;
    private LiaisonGroup west;

    @BeforeEach
    void twoGroups() {
        committee = storage.committees().save(Fixtures.cityCommittee());
        lin = storage.members().save(Fixtures.member(committee, "L1", Fixtures.profile("林立")));
        sun = storage.members().save(Fixtures.member(committee, "L2", Fixtures.profile("孙丽")));
        east = administration.form(committee.id(), "城东联络组", "东城区");
        west = administration.form(committee.id(), "城西联络组", "西城区");
    }

    @Test
    void a_new_group_is_empty_and_admits_members_of_the_committee() {
        assertThat(east.memberIds()).isEmpty();

        LiaisonGroup group = administration.admit(east.id(), 1, lin.id());
        group = administration.admit(east.id(), 2, sun.id());

        assertThat(group.memberIds()).containsExactly(lin.id(), sun.id());
        assertThat(storage.liaisonGroups().findByMember(sun.id())).contains(group);
    }

    @Test
    void a_member_in_one_group_cannot_join_another() {
        administration.admit(east.id(), 1, lin.id());

        assertThatThrownBy(() -> administration.admit(west.id(), 1, lin.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("liaison.member.in-other-group");
                    assertThat(e.field()).contains("memberId");
                    assertThat(e.localizedMessage(Locale.CHINA)).isEqualTo("该委员已在“城东联络组”中");
                });
        assertThat(storage.liaisonGroups().require(west.id()).memberIds()).isEmpty();
    }

    @Test
    void admitting_a_member_again_to_the_same_group_changes_nothing_but_the_version() {
        administration.admit(east.id(), 1, lin.id());

        assertThat(administration.admit(east.id(), 2, lin.id()).memberIds()).containsExactly(lin.id());
    }

    @Test
    void a_member_of_another_committee_is_not_admitted() {
        Committee other = storage.committees().save(Fixtures.cityCommittee());
        Member outsider = storage.members().save(Fixtures.member(other, "L9", Fixtures.profile("外会委员")));

        assertThatThrownBy(() -> administration.admit(east.id(), 1, outsider.id()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).contains("memberId"));
    }

    @Test
    void the_leader_must_be_in_the_group() {
        administration.admit(east.id(), 1, lin.id());

        assertThatThrownBy(() -> administration.appointLeader(east.id(), 2, Optional.of(sun.id())))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("liaison.leader.not-member");
                    assertThat(e.field()).contains("leaderId");
                });
        assertThat(administration.appointLeader(east.id(), 2, Optional.of(lin.id())).leaderId()).contains(lin.id());
    }

    @Test
    void releasing_the_leader_leaves_the_group_without_a_leader() {
        administration.admit(east.id(), 1, lin.id());
        administration.admit(east.id(), 2, sun.id());
        administration.appointLeader(east.id(), 3, Optional.of(lin.id()));

        LiaisonGroup group = administration.release(east.id(), 4, lin.id());

        assertThat(group.leaderId()).isEmpty();
        assertThat(group.memberIds()).containsExactly(sun.id());
        assertThat(administration.admit(west.id(), 1, lin.id()).memberIds()).as("free to join another group").containsExactly(lin.id());
    }

    @Test
    void releasing_another_member_keeps_the_leader() {
        administration.admit(east.id(), 1, lin.id());
        administration.admit(east.id(), 2, sun.id());
        administration.appointLeader(east.id(), 3, Optional.of(lin.id()));

        assertThat(administration.release(east.id(), 4, sun.id()).leaderId()).contains(lin.id());
    }

    @Test
    void releasing_a_member_not_in_the_group_is_refused() {
        assertThatThrownBy(() -> administration.release(east.id(), 1, lin.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("liaison.member.unknown"));
    }

    @Test
    void a_stale_version_is_refused() {
        administration.admit(east.id(), 1, lin.id());

        assertThatThrownBy(() -> administration.admit(east.id(), 1, sun.id())).isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> administration.rename(east.id(), 1, "城东组", "东城区")).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(storage.liaisonGroups().require(east.id()).memberIds()).containsExactly(lin.id());
    }
}
