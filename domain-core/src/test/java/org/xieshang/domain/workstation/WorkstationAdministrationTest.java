package org.xieshang.domain.workstation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.testkit.Fixtures;
import org.xieshang.domain.testkit.StorageUnderTest;

class WorkstationAdministrationTest {

    private final StorageUnderTest storage = StorageUnderTest.inMemory();
    private final WorkstationAdministration administration = new WorkstationAdministration(storage.committees(), storage.workstations(),
            storage.members());
    private Committee committee;
    private Member resident;
    private Member sentDown;
    private Workstation workstation;

    @BeforeEach
    void aWorkstation() {
        committee = storage.committees().save(Fixtures.cityCommittee());
        resident = storage.members().save(Fixtures.member(committee, "W1", Fixtures.profile("柳青")));
        sentDown = storage.members().save(Fixtures.member(committee, "W2", Fixtures.profile("石磊")));
        workstation = administration.open(committee.id(), "青石镇委员工作站", "青石镇", PlaceKind.TOWNSHIP, "陈东", "镇党委副书记");
    }

    @Test
    void an_opened_workstation_has_its_head_and_no_postings() {
        assertThat(storage.workstations().require(workstation.id())).isEqualTo(workstation);
        assertThat(workstation.headName()).contains("陈东");
        assertThat(workstation.headPost()).contains("镇党委副书记");
        assertThat(workstation.postings()).isEmpty();
    }

    @Test
    void members_of_the_committee_are_posted_in_order() {
        Posting first = new Posting(resident.id(), PostingType.RESIDENT, LocalDate.of(2022, 3, 1));
        Posting second = new Posting(sentDown.id(), PostingType.SENT_DOWN, LocalDate.of(2022, 4, 1));

        administration.post(workstation.id(), 1, first);
        Workstation posted = administration.post(workstation.id(), 2, second);

        assertThat(posted.postings()).containsExactly(first, second);
        assertThat(posted.version()).isEqualTo(3);
    }

    @Test
    void a_member_of_another_committee_cannot_be_posted() {
        Committee other = storage.committees().save(Fixtures.cityCommittee());
        Member outsider = storage.members().save(Fixtures.member(other, "W9", Fixtures.profile("外会委员")));

        assertThatThrownBy(() -> administration.post(workstation.id(), 1, new Posting(outsider.id(), PostingType.SENT_DOWN, LocalDate.of(2022, 3, 1))))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.code()).isEqualTo("not-found.member");
                    assertThat(e.field()).contains("memberId");
                });
        assertThat(storage.workstations().require(workstation.id()).postings()).isEmpty();
    }

    @Test
    void the_same_member_cannot_be_posted_twice() {
        administration.post(workstation.id(), 1, new Posting(resident.id(), PostingType.RESIDENT, LocalDate.of(2022, 3, 1)));

        assertThatThrownBy(() -> administration.post(workstation.id(), 2, new Posting(resident.id(), PostingType.SECTOR, LocalDate.of(2023, 3, 1))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("workstation.member.already-posted");
                    assertThat(e.field()).contains("memberId");
                });
        assertThat(storage.workstations().require(workstation.id()).postings()).hasSize(1);
    }

    @Test
    void a_withdrawn_member_is_no_longer_posted_and_may_be_posted_again() {
        administration.post(workstation.id(), 1, new Posting(resident.id(), PostingType.RESIDENT, LocalDate.of(2022, 3, 1)));
        administration.post(workstation.id(), 2, new Posting(sentDown.id(), PostingType.SENT_DOWN, LocalDate.of(2022, 4, 1)));

        Workstation after = administration.withdraw(workstation.id(), 3, resident.id());

        assertThat(after.postings()).extracting(Posting::memberId).containsExactly(sentDown.id());
        assertThat(administration.post(workstation.id(), 4, new Posting(resident.id(), PostingType.SECTOR, LocalDate.of(2024, 1, 1))).postings())
                .hasSize(2);
    }

    @Test
    void withdrawing_a_member_not_posted_is_refused() {
        assertThatThrownBy(() -> administration.withdraw(workstation.id(), 1, resident.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("workstation.member.not-posted"));
    }

    @Test
    void a_stale_version_is_refused() {
        administration.post(workstation.id(), 1, new Posting(resident.id(), PostingType.RESIDENT, LocalDate.of(2022, 3, 1)));

        assertThatThrownBy(() -> administration.withdraw(workstation.id(), 1, resident.id())).isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> administration.revise(workstation.id(), 1, "青石镇委员工作室", "青石镇", PlaceKind.TOWNSHIP, null, null))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(storage.workstations().require(workstation.id()).postings()).hasSize(1);
    }

    @Test
    void a_revision_may_clear_the_head() {
        Workstation revised = administration.revise(workstation.id(), 1, "青石镇委员工作室", "青石镇", PlaceKind.TOWNSHIP, null, " ");

        assertThat(revised.headName()).isEmpty();
        assertThat(revised.headPost()).isEmpty();
        assertThat(revised.name()).isEqualTo("青石镇委员工作室");
    }
}
