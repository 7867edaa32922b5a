package org.xieshang.domain.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.security.Grant;
import org.xieshang.domain.security.LockoutPolicy;
import org.xieshang.domain.security.PasswordHasher;
import org.xieshang.domain.security.Permission;
import org.xieshang.domain.security.PermissionMap;
import org.xieshang.domain.security.Role;
import org.xieshang.domain.security.TotpSecret;
import org.xieshang.domain.security.UserAccount;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.PageRequest;

/** What every {@link org.xieshang.domain.security.UserAccounts} and {@link org.xieshang.domain.security.PermissionMaps} adapter must do. */
public abstract class SecurityContract extends StorageContract {

    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
    private final PasswordHasher hasher = Fixtures.fastHasher();

    @Test
    void an_account_comes_back_with_every_field() {
        Committee committee = storedCommittee();
        Member member = storage().members().save(Fixtures.member(committee, "U1", Fixtures.profile("王芳")));
        TotpSecret secret = TotpSecret.generate();
        UserAccount account = Fixtures.account(committee, "wangfang", Set.of(Role.LEADER), hasher, "Secret#2026", NOW)
                .withRoles(Set.of(Role.MEMBER, Role.LEADER), Optional.of(member.id()), Optional.of(HandlingUnitId.generate()))
                .withPassword(hasher.hash("Second#2026".toCharArray()), NOW.plusSeconds(60))
                .withSecondFactor(Optional.of(secret), 57_000_000L)
                .withFailedSignIn(NOW, new LockoutPolicy(1, Duration.ofMinutes(30)))
                .withSuccessfulSignIn(NOW.plusSeconds(120), OptionalLong.of(57_000_001L))
                .withFailedSignIn(NOW.plusSeconds(180), new LockoutPolicy(1, Duration.ofMinutes(30)));

        UserAccount saved = storage().userAccounts().save(account);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(storage().userAccounts().find(account.id())).contains(saved);
        assertThat(saved.lockedUntil()).contains(NOW.plusSeconds(180).plus(Duration.ofMinutes(30)));
        assertThat(saved.secondFactor()).contains(secret);
        assertThat(saved.previousPasswordHashes()).hasSize(1);
        assertThat(storage().userAccounts().findByUsername("wangfang")).contains(saved);
        assertThat(storage().userAccounts().findByMember(member.id())).contains(saved);
    }

    @Test
    void login_names_are_unique_across_committees() {
        storage().userAccounts().save(Fixtures.account(storedCommittee(), "clerk1", Set.of(Role.REGISTRY_CLERK), hasher, "x", NOW));

        assertThatThrownBy(() -> storage().userAccounts().save(Fixtures.account(storedCommittee(), "clerk1", Set.of(Role.LEADER), hasher, "y", NOW)))
                .isInstanceOf(DuplicateException.class);
    }

    @Test
    void a_stale_account_is_refused() {
        UserAccount account = storage().userAccounts().save(Fixtures.account(storedCommittee(), "clerk2", Set.of(Role.REGISTRY_CLERK), hasher, "x", NOW));
        storage().userAccounts().save(account.withEnabled(false));

        assertThatThrownBy(() -> storage().userAccounts().save(account.unlocked())).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void a_committees_accounts_are_listed_by_login_name() {
        Committee committee = storedCommittee();
        long before = storage().userAccounts().count();
        UserAccount b = storage().userAccounts().save(Fixtures.account(committee, "bbb", Set.of(Role.LEADER), hasher, "x", NOW));
        UserAccount a = storage().userAccounts().save(Fixtures.account(committee, "aaa", Set.of(Role.LEADER), hasher, "x", NOW));
        storage().userAccounts().save(Fixtures.account(storedCommittee(), "ccc", Set.of(Role.LEADER), hasher, "x", NOW));

        assertThat(storage().userAccounts().ofCommittee(committee.id(), PageRequest.of(0, 10)).items()).containsExactly(a, b);
        assertThat(storage().userAccounts().count()).isEqualTo(before + 3);
    }

    @Test
    void a_committee_without_a_stored_map_has_the_defaults() {
        assertThat(storage().permissionMaps().of(storedCommittee().id())).isEqualTo(PermissionMap.defaults());
    }

    @Test
    void a_changed_map_is_kept_per_committee_and_stale_changes_are_refused() {
        Committee committee = storedCommittee();
        PermissionMap changed = PermissionMap.defaults().withGrants(Role.LEADER, Set.of(Grant.committeeWide(Permission.MEMBER_READ),
                Grant.committeeWide(Permission.PERSONAL_DATA_UNMASKED)));

        PermissionMap saved = storage().permissionMaps().save(committee.id(), changed);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(storage().permissionMaps().of(committee.id())).isEqualTo(saved);
        assertThat(saved.asMap()).isEqualTo(changed.asMap());
        assertThat(storage().permissionMaps().of(storedCommittee().id())).isEqualTo(PermissionMap.defaults());
        assertThatThrownBy(() -> storage().permissionMaps().save(committee.id(), changed)).isInstanceOf(ConcurrentUpdateException.class);
        PermissionMap emptied = storage().permissionMaps().save(committee.id(), saved.withGrants(Role.LEADER, Set.of()));
        assertThat(storage().permissionMaps().of(committee.id()).grantsOf(Role.LEADER)).isEmpty();
        assertThat(emptied.asMap()).containsEntry(Role.MEMBER, PermissionMap.defaults().grantsOf(Role.MEMBER)).hasSize(Role.values().length);
        assertThat(emptied.version()).isEqualTo(2);
    }
}
