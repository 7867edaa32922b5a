package org.xieshang.domain.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.liaison.LiaisonGroup;
import org.xieshang.domain.liaison.LiaisonGroupId;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.workstation.PlaceKind;
import org.xieshang.domain.workstation.Posting;
import org.xieshang.domain.workstation.PostingType;
import org.xieshang.domain.workstation.Workstation;
import org.xieshang.domain.workstation.WorkstationId;

/**
 * What every {@link org.xieshang.domain.liaison.LiaisonGroups} and
 * {@link org.xieshang.domain.workstation.Workstations} adapter must do.
 */
public abstract class LiaisonAndWorkstationsContract extends StorageContract {

    @Test
    void a_liaison_group_keeps_its_members_and_leader_and_is_found_by_member() {
        Committee committee = storedCommittee();
        Member leader = storage().members().save(Fixtures.member(committee, "L1", Fixtures.profile("林立")));
        Member member = storage().members().save(Fixtures.member(committee, "L2", Fixtures.profile("孙丽")));
        Member outsider = storage().members().save(Fixtures.member(committee, "L3", Fixtures.profile("吴凡")));
        LiaisonGroup group = LiaisonGroup.form(LiaisonGroupId.generate(), committee.id(), "城东联络组", "东城区")
                .admit(leader.id()).admit(member.id()).appointLeader(Optional.of(leader.id()));

        LiaisonGroup saved = storage().liaisonGroups().save(group);

        assertThat(storage().liaisonGroups().find(group.id())).contains(saved);
        assertThat(storage().liaisonGroups().listOf(committee.id())).containsExactly(saved);
        assertThat(storage().liaisonGroups().findByMember(member.id())).contains(saved);
        assertThat(storage().liaisonGroups().findByMember(outsider.id())).isEmpty();
        LiaisonGroup smaller = storage().liaisonGroups().save(saved.release(leader.id()));
        assertThat(storage().liaisonGroups().require(group.id())).isEqualTo(smaller);
        assertThat(smaller.leaderId()).isEmpty();
        assertThatThrownBy(() -> storage().liaisonGroups().save(saved)).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void a_workstation_keeps_its_head_and_postings() {
        Committee committee = storedCommittee();
        Member resident = storage().members().save(Fixtures.member(committee, "W1", Fixtures.profile("柳青")));
        Member sentDown = storage().members().save(Fixtures.member(committee, "W2", Fixtures.profile("石磊")));
        Workstation workstation = Workstation.open(WorkstationId.generate(), committee.id(), "青石镇委员工作站", "青石镇", PlaceKind.TOWNSHIP,
                        "陈东", "镇党委副书记")
                .post(new Posting(resident.id(), PostingType.RESIDENT, LocalDate.of(2022, 3, 1)))
                .post(new Posting(sentDown.id(), PostingType.SENT_DOWN, LocalDate.of(2022, 4, 1)));
        Workstation bare = Workstation.open(WorkstationId.generate(), committee.id(), "安和街道委员工作室", "安和街道", PlaceKind.STREET, null, null);

        Workstation saved = storage().workstations().save(workstation);
        Workstation savedBare = storage().workstations().save(bare);

        assertThat(storage().workstations().find(workstation.id())).contains(saved);
        assertThat(storage().workstations().listOf(committee.id())).containsExactly(savedBare, saved);
        Workstation fewer = storage().workstations().save(saved.withdraw(resident.id()));
        assertThat(storage().workstations().require(workstation.id())).isEqualTo(fewer);
        assertThatThrownBy(() -> storage().workstations().save(saved)).isInstanceOf(ConcurrentUpdateException.class);
    }
}
