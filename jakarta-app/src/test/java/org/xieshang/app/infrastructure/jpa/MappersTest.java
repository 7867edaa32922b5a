package org.xieshang.app.infrastructure.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.committee.HandlingUnitKind;
import org.xieshang.domain.liaison.LiaisonGroup;
import org.xieshang.domain.liaison.LiaisonGroupId;
import org.xieshang.domain.member.DecisionKind;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.PartyAffiliation;
import org.xieshang.domain.sector.Sector;
import org.xieshang.domain.sector.SectorGroup;
import org.xieshang.domain.sector.SectorGroupId;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.NameCollation;
import org.xieshang.domain.specialcommittee.SpecialCommittee;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;
import org.xieshang.domain.testkit.Fixtures;
import org.xieshang.domain.workstation.PlaceKind;
import org.xieshang.domain.workstation.Posting;
import org.xieshang.domain.workstation.PostingType;
import org.xieshang.domain.workstation.Workstation;
import org.xieshang.domain.workstation.WorkstationId;

/** Every mapper gives back the aggregate it was given, and fills the columns that exist for queries. */
class MappersTest {

    private final Committee committee = Fixtures.cityCommittee().schedulePlenarySession(13, LocalDate.of(2023, 1, 5), LocalDate.of(2023, 1, 8));
    private final SectorId sector = SectorId.generate();

    @Test
    void a_committee_with_terms_and_sessions_maps_there_and_back() {
        CommitteeMapper mapper = new CommitteeMapper();
        CommitteeEntity entity = mapper.newEntity();

        mapper.copy(committee, entity);

        assertThat(mapper.toDomain(entity)).isEqualTo(committee);
        assertThat(entity.sessions).hasSize(2);
        assertThat(entity.nameSortKey).isEqualTo(NameCollation.sortKey(committee.name()));
    }

    @Test
    void a_member_maps_there_and_back_with_the_flags_listings_filter_on() {
        var term = committee.requireTerm(13);
        Member standing = Fixtures.appointedActive(committee, Fixtures.member(committee, "M-1", Fixtures.profile("张伟")), sector, true);
        Member resigned = Fixtures.appointedActive(committee, Fixtures.member(committee, "M-2", Fixtures.minimalProfile("李娜", PartyAffiliation.CPC)),
                sector, true).record(Fixtures.decision(DecisionKind.RESIGNATION, null, LocalDate.of(2024, 3, 1)), term);
        MemberMapper mapper = new MemberMapper(Databases.PROTECTION);

        MemberEntity standingRow = mapper.newEntity();
        mapper.copy(standing, standingRow);
        MemberEntity resignedRow = mapper.newEntity();
        mapper.copy(resigned, resignedRow);

        assertThat(mapper.toDomain(standingRow)).isEqualTo(standing);
        assertThat(mapper.toDomain(resignedRow)).isEqualTo(resigned);
        assertThat(standingRow.memberships.get(0).current).isTrue();
        assertThat(standingRow.memberships.get(0).standing).isTrue();
        assertThat(resignedRow.memberships.get(0).current).isFalse();
        assertThat(resignedRow.memberships.get(0).standing).isFalse();
        assertThat(resignedRow.standingRoles.get(0).untilInclusive).isEqualTo(LocalDate.of(2024, 3, 1));
        String residentId = standing.profile().residentIdNumber().orElseThrow().value();
        assertThat(standingRow.residentIdCipher).startsWith("A1.").doesNotContain(residentId);
        assertThat(standingRow.residentIdIndex).hasSize(64).isEqualTo(Databases.PROTECTION.index(PersonalNumbers.RESIDENT_ID, residentId));
        assertThat(standingRow.mobileCipher).doesNotContain("13812345678");
        String cipherBefore = standingRow.residentIdCipher;
        mapper.copy(standing, standingRow);
        assertThat(standingRow.residentIdCipher).as("unchanged numbers keep their stored form").isEqualTo(cipherBefore);
    }

    @Test
    void sectors_groups_special_committees_liaison_groups_and_workstations_map_there_and_back() {
        var member = Fixtures.member(committee, "M-3", Fixtures.profile("王芳")).id();
        Sector s = Sector.create(sector, committee.id(), "教育", 3);
        SectorGroup group = SectorGroup.form(SectorGroupId.generate(), committee.id(), "教育科技界别活动组", Set.of(sector), Optional.of(member));
        SpecialCommittee special = SpecialCommittee.establish(SpecialCommitteeId.generate(), committee.id(), "提案委员会", Optional.of(member), true);
        LiaisonGroup liaison = LiaisonGroup.form(LiaisonGroupId.generate(), committee.id(), "城东联络组", "东城区").admit(member)
                .appointLeader(Optional.of(member));
        Workstation workstation = Workstation.open(WorkstationId.generate(), committee.id(), "青石镇委员工作站", "青石镇", PlaceKind.TOWNSHIP, null, "镇党委副书记")
                .post(new Posting(member, PostingType.SENT_DOWN, LocalDate.of(2022, 5, 1)));

        assertThat(roundTrip(new SectorMapper(), s)).isEqualTo(s);
        assertThat(roundTrip(new SectorGroupMapper(), group)).isEqualTo(group);
        assertThat(roundTrip(new SpecialCommitteeMapper(), special)).isEqualTo(special);
        assertThat(roundTrip(new LiaisonGroupMapper(), liaison)).isEqualTo(liaison);
        assertThat(roundTrip(new WorkstationMapper(), workstation)).isEqualTo(workstation);
    }

    @Test
    void a_handling_unit_maps_there_and_back_with_its_sort_key_and_flag() {
        HandlingUnit unit = HandlingUnit.register(HandlingUnitId.generate(), committee.id(), "青川市教育局", HandlingUnitKind.GOVERNMENT_DEPARTMENT,
                "周敏", "0571-87654321").deactivate();
        HandlingUnitMapper mapper = new HandlingUnitMapper();
        HandlingUnitEntity entity = mapper.newEntity();

        mapper.copy(unit, entity);

        assertThat(mapper.toDomain(entity)).isEqualTo(unit);
        assertThat(entity.nameSortKey).isEqualTo(NameCollation.sortKey("青川市教育局"));
        assertThat(entity.active).isFalse();
        assertThat(roundTrip(mapper, HandlingUnit.register(HandlingUnitId.generate(), committee.id(), "青川市总工会",
                HandlingUnitKind.PEOPLES_ORGANISATION, null, null))).satisfies(u -> assertThat(u.contactPerson()).isEmpty());
    }

    private static <E, T> T roundTrip(Mapping<E, T> mapper, T aggregate) {
        E entity = mapper.newEntity();
        mapper.copy(aggregate, entity);
        return mapper.toDomain(entity);
    }
}
