package org.xieshang.domain.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.testkit.Fixtures;
import org.xieshang.domain.testkit.StorageUnderTest;

class HandlingUnitRegistryTest {

    private final StorageUnderTest storage = StorageUnderTest.inMemory();
    private final HandlingUnitRegistry registry = new HandlingUnitRegistry(storage.committees(), storage.handlingUnits());
    private Committee committee;
    private Committee other;

    @BeforeEach
    void twoCommittees() {
        committee = storage.committees().save(Fixtures.cityCommittee());
        other = storage.committees().save(Fixtures.cityCommittee());
    }

    @Test
    void a_unit_is_registered_active_in_its_committee() {
        HandlingUnit education = registry.register(committee.id(), "青川市教育局", HandlingUnitKind.GOVERNMENT_DEPARTMENT, "周敏", "0571-87654321");

        assertThat(storage.handlingUnits().require(education.id())).isEqualTo(education);
        assertThat(education.active()).isTrue();
        assertThat(education.version()).isEqualTo(1);
        assertThat(storage.handlingUnits().ofCommittee(committee.id(), true)).containsExactly(education);
        assertThat(storage.handlingUnits().ofCommittee(other.id(), false)).isEmpty();
    }

    @Test
    void a_unit_of_an_unknown_committee_is_refused() {
        assertThatThrownBy(() -> registry.register(CommitteeId.generate(), "青川市教育局", HandlingUnitKind.GOVERNMENT_DEPARTMENT, null, null))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("not-found.committee"));
    }

    @Test
    void a_duplicate_name_is_refused_within_a_committee_only_whether_the_first_is_active_or_not() {
        HandlingUnit first = registry.register(committee.id(), "青川市教育局", HandlingUnitKind.GOVERNMENT_DEPARTMENT, null, null);
        registry.deactivate(first.id(), first.version());

        assertThatThrownBy(() -> registry.register(committee.id(), " 青川市教育局", HandlingUnitKind.GOVERNMENT_DEPARTMENT, null, null))
                .isInstanceOfSatisfying(DuplicateException.class, e -> {
                    assertThat(e.code()).isEqualTo("handling-unit.name.duplicate");
                    assertThat(e.field()).contains("name");
                });
        assertThat(registry.register(other.id(), "青川市教育局", HandlingUnitKind.GOVERNMENT_DEPARTMENT, null, null).committeeId())
                .isEqualTo(other.id());
    }

    @Test
    void revising_checks_the_name_and_the_version() {
        HandlingUnit traffic = registry.register(committee.id(), "青川市交通局", HandlingUnitKind.GOVERNMENT_DEPARTMENT, null, null);
        registry.register(committee.id(), "青川市公安局", HandlingUnitKind.GOVERNMENT_DEPARTMENT, null, null);

        assertThatThrownBy(() -> registry.revise(traffic.id(), 1, "青川市公安局", HandlingUnitKind.GOVERNMENT_DEPARTMENT, null, null))
                .isInstanceOf(DuplicateException.class);
        HandlingUnit renamed = registry.revise(traffic.id(), 1, "青川市交通运输局", HandlingUnitKind.GOVERNMENT_DEPARTMENT, "李华", "13800001111");
        assertThat(renamed.name()).isEqualTo("青川市交通运输局");
        assertThat(renamed.contactPerson()).contains("李华");
        assertThat(renamed.version()).isEqualTo(2);
        assertThatThrownBy(() -> registry.revise(traffic.id(), 1, "青川市交通运输局", HandlingUnitKind.GOVERNMENT_DEPARTMENT, null, null))
                .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void a_merged_unit_is_deactivated_and_can_be_reactivated_never_twice_in_a_row() {
        HandlingUnit culture = registry.register(committee.id(), "青川市文化局", HandlingUnitKind.GOVERNMENT_DEPARTMENT, null, null);

        HandlingUnit merged = registry.deactivate(culture.id(), culture.version());

        assertThat(merged.active()).isFalse();
        assertThat(storage.handlingUnits().ofCommittee(committee.id(), true)).isEmpty();
        assertThatThrownBy(() -> registry.deactivate(culture.id(), merged.version()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("handling-unit.inactive-already"));
        assertThatThrownBy(() -> registry.reactivate(culture.id(), culture.version())).isInstanceOf(ConcurrentUpdateException.class);
        HandlingUnit back = registry.reactivate(culture.id(), merged.version());
        assertThat(back.active()).isTrue();
        assertThatThrownBy(() -> registry.reactivate(culture.id(), back.version()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("handling-unit.active-already"));
    }

    @Test
    void an_unknown_unit_is_not_found() {
        assertThatThrownBy(() -> registry.deactivate(HandlingUnitId.generate(), 1))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("not-found.handling-unit"));
    }
}
