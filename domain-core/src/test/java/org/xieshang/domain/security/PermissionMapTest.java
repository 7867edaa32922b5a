package org.xieshang.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xieshang.domain.shared.DomainException;

class PermissionMapTest {

    @Test
    void the_defaults_keep_the_three_administrator_duties_apart() {
        PermissionMap map = PermissionMap.defaults();
        for (Role role : Role.values()) {
            for (Grant grant : map.grantsOf(role)) {
                assertThat(role.mayHold(grant.permission())).as("%s holds %s", role, grant.permission()).isTrue();
            }
        }
        assertThat(map.holdsAny(Set.of(Role.AUDIT_ADMINISTRATOR), Permission.AUDIT_READ)).isTrue();
        assertThat(map.holdsAny(Set.of(Role.SECURITY_ADMINISTRATOR), Permission.AUDIT_READ)).isFalse();
        assertThat(map.holdsAny(Set.of(Role.SYSTEM_ADMINISTRATOR), Permission.USER_MANAGE)).isFalse();
        assertThat(map.holdsAny(Set.of(Role.REGISTRY_CLERK), Permission.USER_MANAGE)).isFalse();
    }

    @ParameterizedTest(name = "{0} may not hold {1}")
    @CsvSource({
            "SYSTEM_ADMINISTRATOR, AUDIT_READ",
            "SYSTEM_ADMINISTRATOR, MEMBER_READ",
            "SECURITY_ADMINISTRATOR, AUDIT_EXPORT",
            "AUDIT_ADMINISTRATOR, USER_MANAGE",
            "AUDIT_ADMINISTRATOR, PERSONAL_DATA_UNMASKED",
            "REGISTRY_CLERK, USER_MANAGE",
            "LEADER, AUDIT_READ",
            "MEMBER, COMMITTEE_MANAGE"})
    void no_adjustment_can_merge_separated_duties(Role role, Permission permission) {
        String code = role.isAdministrator() ? "permission-map.administrator-fixed" : "permission-map.separation-of-duties";
        assertThatThrownBy(() -> PermissionMap.defaults().withGrants(role, Set.of(Grant.committeeWide(permission))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
        assertThatThrownBy(() -> PermissionMap.restore(Map.of(role, Set.of(Grant.committeeWide(permission))), 3))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void the_administrators_own_permissions_cannot_be_taken_away() {
        assertThatThrownBy(() -> PermissionMap.defaults().withGrants(Role.AUDIT_ADMINISTRATOR, Set.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("permission-map.administrator-fixed"));
        assertThat(PermissionMap.defaults().withGrants(Role.AUDIT_ADMINISTRATOR, PermissionMap.defaults().grantsOf(Role.AUDIT_ADMINISTRATOR)))
                .isEqualTo(PermissionMap.defaults());
    }

    @Test
    void a_committee_can_give_leaders_more_and_members_less() {
        PermissionMap adjusted = PermissionMap.defaults()
                .withGrants(Role.LEADER, Set.of(Grant.committeeWide(Permission.MEMBER_READ), Grant.committeeWide(Permission.PERSONAL_DATA_UNMASKED)))
                .withGrants(Role.MEMBER, Set.of(Grant.ownRecord(Permission.MEMBER_READ)));

        assertThat(adjusted.holdsAny(Set.of(Role.LEADER), Permission.PERSONAL_DATA_UNMASKED)).isTrue();
        assertThat(adjusted.holdsAny(Set.of(Role.MEMBER), Permission.MEMBER_PROFILE_EDIT)).isFalse();
        assertThat(adjusted.grantsOf(Set.of(Role.MEMBER, Role.LEADER), Permission.MEMBER_READ))
                .containsExactlyInAnyOrder(Grant.committeeWide(Permission.MEMBER_READ), Grant.ownRecord(Permission.MEMBER_READ));
        assertThat(PermissionMap.defaults().holdsAny(Set.of(Role.LEADER), Permission.PERSONAL_DATA_UNMASKED)).isFalse();
    }
}
