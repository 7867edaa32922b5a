package org.xieshang.domain.sector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.testkit.Fixtures;
import org.xieshang.domain.testkit.StorageUnderTest;

class SectorAdministrationTest {

    private final StorageUnderTest storage = StorageUnderTest.inMemory();
    private final SectorAdministration administration = new SectorAdministration(storage.committees(), storage.sectors(),
            storage.sectorGroups(), storage.members());
    private Committee committee;
    private Committee other;

    @BeforeEach
    void twoCommittees() {
        committee = storage.committees().save(Fixtures.cityCommittee());
        other = storage.committees().save(Fixtures.cityCommittee());
    }

    @Test
    void the_standard_preset_gives_its_sectors_in_order() {
        List<Sector> sectors = administration.applyPreset(committee.id(), SectorPreset.STANDARD);

        assertThat(sectors).extracting(Sector::name).containsExactlyElementsOf(SectorPreset.STANDARD.sectorNames());
        assertThat(sectors).extracting(Sector::displayOrder).isSorted().doesNotHaveDuplicates();
        assertThat(storage.sectors().listOf(committee.id())).containsExactlyElementsOf(sectors);
        assertThat(storage.sectors().listOf(other.id())).isEmpty();
        assertThat(sectors.get(0).name()).isEqualTo("中国共产党");
        assertThat(sectors).hasSize(32);
    }

    @Test
    void applying_the_preset_twice_adds_nothing() {
        List<Sector> first = administration.applyPreset(committee.id(), SectorPreset.STANDARD);

        List<Sector> second = administration.applyPreset(committee.id(), SectorPreset.STANDARD);

        assertThat(second).containsExactlyElementsOf(first);
        assertThat(storage.sectors().listOf(committee.id())).hasSize(SectorPreset.STANDARD.sectorNames().size());
    }

    @Test
    void the_preset_keeps_a_committees_own_sectors_first_and_adds_only_the_missing_ones() {
        Sector own = administration.add(committee.id(), "特邀人士");
        Sector custom = administration.add(committee.id(), "港澳委员");

        List<Sector> sectors = administration.applyPreset(committee.id(), SectorPreset.STANDARD);

        assertThat(sectors).hasSize(33);
        assertThat(sectors.subList(0, 2)).containsExactly(own, custom);
        assertThat(sectors).extracting(Sector::name).doesNotHaveDuplicates();
        assertThat(sectors).extracting(Sector::displayOrder).isSorted();
    }

    @Test
    void sectors_are_added_at_the_end_of_the_list() {
        Sector first = administration.add(committee.id(), "教育");
        Sector second = administration.add(committee.id(), "经济");

        assertThat(first.displayOrder()).isLessThan(second.displayOrder());
        assertThat(storage.sectors().listOf(committee.id())).containsExactly(first, second);
    }

    @Test
    void a_duplicate_sector_name_is_refused_within_a_committee_only() {
        administration.add(committee.id(), "教育");

        assertThatThrownBy(() -> administration.add(committee.id(), " 教育 "))
                .isInstanceOfSatisfying(DuplicateException.class, e -> {
                    assertThat(e.code()).isEqualTo("sector.name.duplicate");
                    assertThat(e.field()).contains("name");
                    assertThat(e.arguments()).containsExactly("教育");
                });
        assertThat(storage.sectors().listOf(committee.id())).hasSize(1);
        assertThat(administration.add(other.id(), "教育").name()).isEqualTo("教育");
    }

    @Test
    void renaming_a_sector_to_another_sectors_name_is_refused() {
        Sector education = administration.add(committee.id(), "教育");
        administration.add(committee.id(), "经济");

        assertThatThrownBy(() -> administration.revise(education.id(), education.version(), "经济", 5)).isInstanceOf(DuplicateException.class);
        assertThat(administration.revise(education.id(), education.version(), "教育", 5).displayOrder()).isEqualTo(5);
    }

    @Test
    void a_stale_sector_revision_is_refused() {
        Sector education = administration.add(committee.id(), "教育");
        administration.revise(education.id(), 1, "教育界", 0);

        assertThatThrownBy(() -> administration.revise(education.id(), 1, "教育", 0)).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void a_sector_group_gathers_sectors_of_its_committee_with_a_leader_from_it() {
        List<Sector> sectors = administration.applyPreset(committee.id(), SectorPreset.STANDARD);
        Member leader = storage.members().save(Fixtures.member(committee, "G1", Fixtures.profile("林立")));
        Set<SectorId> parties = Set.of(sectors.get(1).id(), sectors.get(2).id());

        SectorGroup group = administration.formGroup(committee.id(), "民革民盟界别活动组", parties, Optional.of(leader.id()));

        assertThat(storage.sectorGroups().require(group.id())).isEqualTo(group);
        assertThat(group.sectorIds()).containsExactlyInAnyOrderElementsOf(parties);
        assertThat(group.leaderId()).contains(leader.id());
    }

    @Test
    void a_sector_group_with_a_sector_of_another_committee_is_refused() {
        Sector ours = administration.add(committee.id(), "教育");
        Sector theirs = administration.add(other.id(), "经济");

        assertThatThrownBy(() -> administration.formGroup(committee.id(), "教育经济组", Set.of(ours.id(), theirs.id()), Optional.empty()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.code()).isEqualTo("not-found.sector");
                    assertThat(e.field()).contains("sectorIds");
                });
        assertThat(storage.sectorGroups().listOf(committee.id())).isEmpty();
    }

    @Test
    void a_sector_group_leader_must_be_a_member_of_the_committee() {
        Sector ours = administration.add(committee.id(), "教育");
        Member outsider = storage.members().save(Fixtures.member(other, "G2", Fixtures.profile("外会委员")));

        for (MemberId leader : List.of(outsider.id(), MemberId.generate())) {
            assertThatThrownBy(() -> administration.formGroup(committee.id(), "教育组", Set.of(ours.id()), Optional.of(leader)))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> {
                        assertThat(e.code()).isEqualTo("not-found.member");
                        assertThat(e.field()).contains("leaderId");
                    });
        }
        assertThat(storage.sectorGroups().listOf(committee.id())).isEmpty();
    }

    @Test
    void a_sector_group_needs_a_sector() {
        assertThatThrownBy(() -> administration.formGroup(committee.id(), "空组", Set.of(), Optional.empty()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("sector-group.sectors.empty"));
    }

    @Test
    void revising_a_group_checks_its_references_and_version() {
        Sector education = administration.add(committee.id(), "教育");
        Sector theirs = administration.add(other.id(), "经济");
        SectorGroup group = administration.formGroup(committee.id(), "教育组", Set.of(education.id()), Optional.empty());

        assertThatThrownBy(() -> administration.reviseGroup(group.id(), group.version(), "教育组", Set.of(theirs.id()), Optional.empty()))
                .isInstanceOf(NotFoundException.class);
        SectorGroup renamed = administration.reviseGroup(group.id(), group.version(), "教育界别活动组", Set.of(education.id()), Optional.empty());
        assertThat(renamed.name()).isEqualTo("教育界别活动组");
        assertThatThrownBy(() -> administration.reviseGroup(group.id(), group.version(), "教育组", Set.of(education.id()), Optional.empty()))
                .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void sectors_of_an_unknown_committee_are_not_found() {
        assertThatThrownBy(() -> administration.applyPreset(org.xieshang.domain.committee.CommitteeId.generate(), SectorPreset.STANDARD))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("not-found.committee"));
    }
}
