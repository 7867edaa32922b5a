package org.xieshang.domain.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.member.DecisionKind;
import org.xieshang.domain.member.Gender;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberCode;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.MemberQuery;
import org.xieshang.domain.member.MemberSort;
import org.xieshang.domain.member.PartyAffiliation;
import org.xieshang.domain.member.ResidentIdNumber;
import org.xieshang.domain.sector.Sector;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/** What every {@link org.xieshang.domain.member.Members} adapter must do, searching included. */
public abstract class MembersContract extends StorageContract {

    private Committee committee;
    private Sector education;
    private Sector economy;

    @BeforeEach
    void committeeWithSectors() {
        committee = storedCommittee();
        education = storedSector(committee, "教育", 0);
        economy = storedSector(committee, "经济", 1);
    }

    @Test
    void a_member_is_found_as_it_was_saved_with_every_field_membership_and_decision() {
        Member member = Fixtures.appointedActive(committee, Fixtures.member(committee, "QC-001", Fixtures.profile("王芳")), education.id(), true);

        Member saved = storage().members().save(member);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(storage().members().find(member.id())).contains(saved);
        assertThat(storage().members().findByCode(committee.id(), MemberCode.of("QC-001"))).contains(saved);
        assertThat(saved.decisions()).hasSize(3);
        assertThat(saved.membership(13).orElseThrow().isStanding()).isTrue();
    }

    @Test
    void a_member_is_found_by_the_exact_resident_id_number_in_their_committee_only() {
        Member saved = storage().members().save(Fixtures.member(committee, "QC-009", Fixtures.profile("何静")));
        ResidentIdNumber number = saved.profile().residentIdNumber().orElseThrow();

        assertThat(storage().members().findByResidentIdNumber(committee.id(), number)).contains(saved);
        assertThat(storage().members().findByResidentIdNumber(storedCommittee().id(), number)).isEmpty();
        assertThat(storage().members().findByResidentIdNumber(committee.id(), Fixtures.residentId(LocalDate.of(1980, 1, 1), Gender.MALE))).isEmpty();
        Member changed = storage().members().save(saved.updateProfile(Fixtures.minimalProfile("何静", PartyAffiliation.MASSES)));
        assertThat(storage().members().findByResidentIdNumber(committee.id(), number)).isEmpty();
        assertThat(changed.profile().residentIdNumber()).isEmpty();
    }

    @Test
    void a_member_with_only_required_fields_and_an_ended_standing_role_round_trips() {
        var term = committee.requireTerm(13);
        Member member = Fixtures.appointedActive(committee,
                        Fixtures.member(committee, "QC-002", Fixtures.minimalProfile("马骏", PartyAffiliation.MASSES)), economy.id(), true)
                .record(Fixtures.decision(DecisionKind.STANDING_ORDERED_TO_RESIGN, null, LocalDate.of(2023, 3, 1)), term)
                .record(Fixtures.decision(DecisionKind.RESIGNATION, null, LocalDate.of(2024, 5, 1)), term);

        Member saved = storage().members().save(member);

        assertThat(storage().members().require(member.id())).isEqualTo(saved);
    }

    @Test
    void each_save_raises_the_version_and_a_stale_copy_is_refused_without_writing() {
        Member first = storage().members().save(Fixtures.member(committee, "QC-003", Fixtures.profile("李娜")));
        Member second = storage().members().save(Fixtures.appointedActive(committee, first, education.id(), false));

        assertThat(second.version()).isEqualTo(2);
        assertThatThrownBy(() -> storage().members().save(first.updateProfile(Fixtures.profile("李娜娜"))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(storage().members().require(first.id())).isEqualTo(second);
    }

    @Test
    void member_codes_are_unique_within_a_committee_only() {
        storage().members().save(Fixtures.member(committee, "QC-004", Fixtures.profile("赵敏")));

        assertThatThrownBy(() -> storage().members().save(Fixtures.member(committee, "QC-004", Fixtures.profile("钱多多"))))
                .isInstanceOf(DuplicateException.class);
        Committee other = storedCommittee();
        Member sameCodeElsewhere = storage().members().save(Fixtures.member(other, "QC-004", Fixtures.profile("钱多多")));
        assertThat(storage().members().findByCode(other.id(), MemberCode.of("QC-004"))).contains(sameCodeElsewhere);
        assertThat(storage().members().find(MemberId.generate())).isEmpty();
    }

    @Test
    void searching_sorts_by_pinyin_and_pages_with_totals() {
        List<String> names = List.of("周杰", "阿明", "陈静", "白雪", "张伟");
        for (int i = 0; i < names.size(); i++) {
            storage().members().save(Fixtures.member(committee, "P" + i, Fixtures.profile(names.get(i))));
        }
        MemberQuery byName = MemberQuery.of(committee.id());

        Page<Member> first = storage().members().search(byName, PageRequest.of(0, 2));
        Page<Member> last = storage().members().search(byName, PageRequest.of(2, 2));

        assertThat(first.items()).extracting(m -> m.profile().name()).containsExactly("阿明", "白雪");
        assertThat(last.items()).extracting(m -> m.profile().name()).containsExactly("周杰");
        assertThat(first.totalElements()).isEqualTo(5);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(storage().members().search(byName.sortedBy(MemberSort.NAME, false), PageRequest.of(0, 2)).items())
                .extracting(m -> m.profile().name()).containsExactly("周杰", "张伟");
        assertThat(storage().members().search(byName.sortedBy(MemberSort.CODE, true), PageRequest.of(0, 5)).items())
                .extracting(m -> m.code().value()).containsExactly("P0", "P1", "P2", "P3", "P4");
    }

    @Test
    void searching_filters_by_sector_party_standing_term_region_name_and_currency() {
        var term = committee.requireTerm(13);
        Member standingTeacher = save(Fixtures.appointedActive(committee, Fixtures.member(committee, "F1", Fixtures.profile("张老师")), education.id(), true));
        Member economist = save(Fixtures.appointedActive(committee,
                Fixtures.member(committee, "F2", Fixtures.minimalProfile("李经济", PartyAffiliation.CPC)), economy.id(), false));
        Member resigned = save(Fixtures.appointedActive(committee, Fixtures.member(committee, "F3", Fixtures.profile("王老师")), education.id(), false)
                .record(Fixtures.decision(DecisionKind.RESIGNATION, null, LocalDate.of(2024, 1, 2)), term));
        Member unappointed = save(Fixtures.member(committee, "F4", Fixtures.minimalProfile("赵候选", PartyAffiliation.CPC)));
        Committee other = storedCommittee();
        save(Fixtures.appointedActive(other, Fixtures.member(other, "F5", Fixtures.profile("外会张老师")), storedSector(other, "教育", 0).id(), true));

        assertThat(ids(MemberQuery.of(committee.id()))).containsExactlyInAnyOrder(standingTeacher.id(), economist.id(), resigned.id(), unappointed.id());
        assertThat(ids(MemberQuery.of(committee.id()).withSector(education.id()))).containsExactlyInAnyOrder(standingTeacher.id(), resigned.id());
        assertThat(ids(MemberQuery.of(committee.id()).withParty(PartyAffiliation.CPC))).containsExactlyInAnyOrder(economist.id(), unappointed.id());
        assertThat(ids(MemberQuery.of(committee.id()).withStanding(true))).containsExactly(standingTeacher.id());
        assertThat(ids(MemberQuery.of(committee.id()).withTerm(13).withStanding(false))).containsExactlyInAnyOrder(economist.id(), resigned.id());
        assertThat(ids(MemberQuery.of(committee.id()).withTerm(13))).containsExactlyInAnyOrder(standingTeacher.id(), economist.id(), resigned.id());
        assertThat(ids(MemberQuery.of(committee.id()).withTerm(12))).isEmpty();
        assertThat(ids(MemberQuery.of(committee.id()).withTerm(13).withCurrent(true))).containsExactlyInAnyOrder(standingTeacher.id(), economist.id());
        assertThat(ids(MemberQuery.of(committee.id()).withCurrent(false))).containsExactly(resigned.id());
        assertThat(ids(MemberQuery.of(committee.id()).withRegion("东城区"))).containsExactlyInAnyOrder(standingTeacher.id(), resigned.id());
        assertThat(ids(MemberQuery.of(committee.id()).withNameContaining("老师"))).containsExactlyInAnyOrder(standingTeacher.id(), resigned.id());
        assertThat(ids(MemberQuery.of(committee.id()).withNameContaining("老师").withSector(education.id()).withCurrent(true)))
                .containsExactly(standingTeacher.id());
        assertThat(ids(MemberQuery.of(committee.id()).withNameContaining("%"))).isEmpty();
    }

    private Member save(Member member) {
        return storage().members().save(member);
    }

    /** @return the ids the search finds, after checking that counting finds as many */
    private List<MemberId> ids(MemberQuery query) {
        List<MemberId> found = storage().members().search(query, PageRequest.of(0, 100)).items().stream().map(Member::id).toList();
        assertThat(storage().members().count(query)).as("count(%s)", query).isEqualTo(found.size());
        return found;
    }
}
