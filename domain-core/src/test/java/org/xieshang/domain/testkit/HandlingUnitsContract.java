package org.xieshang.domain.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.committee.HandlingUnitKind;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.NotFoundException;

/** What every {@link org.xieshang.domain.committee.HandlingUnits} adapter must do. */
public abstract class HandlingUnitsContract extends StorageContract {

    @Test
    void a_unit_keeps_its_kind_and_contact_and_is_listed_by_name_in_pinyin_order() {
        Committee committee = storedCommittee();
        HandlingUnit traffic = save(committee, "青川市交通运输局", HandlingUnitKind.GOVERNMENT_DEPARTMENT, "周敏", "0571-87654321转8001");
        HandlingUnit court = save(committee, "青川市中级人民法院", HandlingUnitKind.JUDICIAL, null, null);
        HandlingUnit publicity = save(committee, "中共青川市委宣传部", HandlingUnitKind.PARTY_DEPARTMENT, "王海", "13800001111");
        save(storedCommittee(), "青川市交通运输局", HandlingUnitKind.GOVERNMENT_DEPARTMENT, null, null);

        assertThat(storage().handlingUnits().find(traffic.id())).contains(traffic);
        assertThat(traffic.version()).isEqualTo(1);
        assertThat(traffic.contactPerson()).contains("周敏");
        assertThat(traffic.contactPhone()).contains("0571-87654321转8001");
        assertThat(court.contactPerson()).isEmpty();
        // qing…jiao, qing…zhong, zhong…: pinyin order, which code-point order (中 before 青) is not
        assertThat(storage().handlingUnits().ofCommittee(committee.id(), false)).containsExactly(traffic, court, publicity);
    }

    @Test
    void a_deactivated_unit_stays_in_the_full_list_only() {
        Committee committee = storedCommittee();
        HandlingUnit culture = save(committee, "青川市文化局", HandlingUnitKind.GOVERNMENT_DEPARTMENT, null, null);
        HandlingUnit education = save(committee, "青川市教育局", HandlingUnitKind.GOVERNMENT_DEPARTMENT, null, null);

        HandlingUnit merged = storage().handlingUnits().save(culture.deactivate());

        assertThat(merged.active()).isFalse();
        assertThat(merged.version()).isEqualTo(2);
        assertThat(storage().handlingUnits().require(culture.id())).isEqualTo(merged);
        assertThat(storage().handlingUnits().ofCommittee(committee.id(), true)).containsExactly(education);
        assertThat(storage().handlingUnits().ofCommittee(committee.id(), false)).containsExactly(education, merged);
        assertThat(storage().handlingUnits().save(merged.reactivate()).active()).isTrue();
    }

    @Test
    void a_second_unit_of_the_same_name_in_a_committee_is_refused_even_if_the_first_is_inactive() {
        Committee committee = storedCommittee();
        HandlingUnit first = save(committee, "青川市教育局", HandlingUnitKind.GOVERNMENT_DEPARTMENT, null, null);
        storage().handlingUnits().save(first.deactivate());

        assertThatThrownBy(() -> save(committee, "青川市教育局", HandlingUnitKind.GOVERNMENT_DEPARTMENT, null, null))
                .isInstanceOf(DuplicateException.class);
        assertThat(storage().handlingUnits().ofCommittee(committee.id(), false)).hasSize(1);
    }

    @Test
    void a_stale_unit_is_refused() {
        HandlingUnit unit = save(storedCommittee(), "青川市卫生健康委员会", HandlingUnitKind.GOVERNMENT_DEPARTMENT, null, null);
        HandlingUnit renamed = storage().handlingUnits().save(unit.revise("青川市卫生健康委", HandlingUnitKind.GOVERNMENT_DEPARTMENT, "李华", null));

        assertThat(storage().handlingUnits().require(unit.id())).isEqualTo(renamed);
        assertThatThrownBy(() -> storage().handlingUnits().save(unit.deactivate())).isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> storage().handlingUnits().save(
                HandlingUnit.register(unit.id(), unit.committeeId(), "重复登记", HandlingUnitKind.OTHER, null, null)))
                .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void an_unknown_unit_or_one_of_another_committee_is_not_found() {
        Committee committee = storedCommittee();
        HandlingUnit foreign = save(storedCommittee(), "青川市公安局", HandlingUnitKind.GOVERNMENT_DEPARTMENT, null, null);

        assertThat(storage().handlingUnits().find(HandlingUnitId.generate())).isEmpty();
        assertThatThrownBy(() -> storage().handlingUnits().require(HandlingUnitId.generate())).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.code()).isEqualTo("not-found.handling-unit"));
        assertThatThrownBy(() -> storage().handlingUnits().requireOf(committee.id(), foreign.id(), "unitId"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).contains("unitId"));
        assertThat(storage().handlingUnits().requireOf(foreign.committeeId(), foreign.id(), "unitId")).isEqualTo(foreign);
    }

    private HandlingUnit save(Committee committee, String name, HandlingUnitKind kind, String contactPerson, String contactPhone) {
        return storage().handlingUnits().save(HandlingUnit.register(HandlingUnitId.generate(), committee.id(), name, kind, contactPerson,
                contactPhone));
    }
}
