package org.xieshang.domain.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.sector.Sector;
import org.xieshang.domain.sector.SectorGroup;
import org.xieshang.domain.sector.SectorGroupId;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.specialcommittee.SpecialCommittee;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;

/**
 * What every {@link org.xieshang.domain.sector.Sectors}, {@link org.xieshang.domain.sector.SectorGroups}
 * and {@link org.xieshang.domain.specialcommittee.SpecialCommittees} adapter must do.
 */
public abstract class SectorsContract extends StorageContract {

    @Test
    void sectors_are_listed_in_display_order_per_committee() {
        Committee committee = storedCommittee();
        Sector second = storedSector(committee, "民盟", 1);
        Sector first = storedSector(committee, "中国共产党", 0);
        storedSector(storedCommittee(), "民盟", 0);

        assertThat(storage().sectors().listOf(committee.id())).containsExactly(first, second);
        assertThat(storage().sectors().find(first.id())).contains(first);
    }

    @Test
    void a_second_sector_of_the_same_name_in_a_committee_is_refused() {
        Committee committee = storedCommittee();
        storedSector(committee, "教育", 0);

        assertThatThrownBy(() -> storedSector(committee, "教育", 1)).isInstanceOf(DuplicateException.class);
        assertThat(storage().sectors().listOf(committee.id())).hasSize(1);
    }

    @Test
    void a_stale_sector_is_refused() {
        Sector sector = storedSector(storedCommittee(), "经济", 0);
        Sector renamed = storage().sectors().save(sector.revise("经济界", 0));

        assertThat(renamed.version()).isEqualTo(2);
        assertThatThrownBy(() -> storage().sectors().save(sector.revise("经济界别", 0))).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void sector_groups_keep_their_sectors_and_leader() {
        Committee committee = storedCommittee();
        Sector a = storedSector(committee, "民革", 0);
        Sector b = storedSector(committee, "民盟", 1);
        Member leader = storage().members().save(Fixtures.member(committee, "G1", Fixtures.profile("高山")));
        SectorGroup group = SectorGroup.form(SectorGroupId.generate(), committee.id(), "民主党派界别活动组", Set.of(a.id(), b.id()),
                Optional.of(leader.id()));

        SectorGroup saved = storage().sectorGroups().save(group);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(storage().sectorGroups().find(group.id())).contains(saved);
        assertThat(storage().sectorGroups().listOf(committee.id())).containsExactly(saved);
        assertThatThrownBy(() -> storage().sectorGroups().save(group)).isInstanceOf(ConcurrentUpdateException.class);
        SectorGroup revised = storage().sectorGroups().save(saved.revise("民主党派组", Set.of(a.id()), Optional.empty()));
        assertThat(storage().sectorGroups().require(group.id())).isEqualTo(revised);
        assertThat(revised.leaderId()).isEmpty();
    }

    @Test
    void special_committees_are_unique_by_name_and_keep_their_director() {
        Committee committee = storedCommittee();
        Member director = storage().members().save(Fixtures.member(committee, "D1", Fixtures.profile("丁一")));
        SpecialCommittee proposals = storage().specialCommittees().save(
                SpecialCommittee.establish(SpecialCommitteeId.generate(), committee.id(), "提案委员会", Optional.of(director.id()), false));
        SpecialCommittee economy = storage().specialCommittees().save(
                SpecialCommittee.establish(SpecialCommitteeId.generate(), committee.id(), "经济委员会", Optional.empty(), true));

        assertThat(storage().specialCommittees().listOf(committee.id())).containsExactly(economy, proposals);
        assertThat(storage().specialCommittees().find(proposals.id())).contains(proposals);
        assertThatThrownBy(() -> storage().specialCommittees().save(
                SpecialCommittee.establish(SpecialCommitteeId.generate(), committee.id(), "提案委员会", Optional.empty(), false)))
                .isInstanceOf(DuplicateException.class);
        SpecialCommittee revised = storage().specialCommittees().save(proposals.revise("提案委", Optional.empty(), true));
        assertThat(storage().specialCommittees().require(proposals.id())).isEqualTo(revised);
        assertThat(revised.version()).isEqualTo(2);
        assertThatThrownBy(() -> storage().specialCommittees().save(proposals)).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void unknown_identifiers_find_nothing() {
        assertThat(storage().sectors().find(SectorId.generate())).isEmpty();
        assertThat(storage().sectorGroups().find(SectorGroupId.generate())).isEmpty();
        assertThat(storage().specialCommittees().find(SpecialCommitteeId.generate())).isEmpty();
    }
}
