package org.xieshang.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.audit.Actor;
import org.xieshang.domain.audit.AuditAction;
import org.xieshang.domain.audit.AuditQuery;
import org.xieshang.domain.audit.AuditRecord;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.committee.HandlingUnitKind;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.shared.PageRequest;
import org.xieshang.domain.testkit.Fixtures;
import org.xieshang.domain.testkit.StorageUnderTest;

class UserAdministrationTest {

    private static final Instant START = Instant.parse("2026-11-22T01:00:00Z");
    private static final Actor ADMIN = new Actor("secadmin", "192.0.2.1");

    private final StorageUnderTest storage = StorageUnderTest.inMemory();
    private final PasswordHasher hasher = Fixtures.fastHasher();
    private final SignInTest.MutableClock clock = new SignInTest.MutableClock(START);
    private final UserAdministration administration = new UserAdministration(storage.committees(), storage.members(), storage.handlingUnits(),
            storage.userAccounts(), hasher, storage.auditTrail(), clock);
    private Committee committee;

    @BeforeEach
    void committee() {
        committee = storage.committees().save(Fixtures.cityCommittee());
    }

    @Test
    void the_first_start_opens_three_separate_administrator_accounts_once() {
        List<IssuedPassword> issued = administration.firstStart(committee.id());

        assertThat(issued).extracting(i -> i.account().username()).containsExactly("sysadmin", "secadmin", "auditadmin");
        assertThat(issued).allSatisfy(i -> {
            assertThat(i.account().oneTimePassword()).isTrue();
            assertThat(hasher.verify(i.oneTimePassword(), i.account().passwordHash())).isTrue();
            assertThat(i.account().roles()).hasSize(1);
        });
        assertThat(issued.get(0).oneTimePassword()).isNotEqualTo(issued.get(1).oneTimePassword());
        assertThat(administration.firstStart(committee.id())).isEmpty();
        assertThat(storage.userAccounts().count()).isEqualTo(3);
    }

    @Test
    void an_administrator_account_holds_no_other_role() {
        assertThatThrownBy(() -> Fixtures.account(committee, "both", Set.of(Role.SECURITY_ADMINISTRATOR, Role.AUDIT_ADMINISTRATOR), hasher, "x", START))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("user.roles.administrator-alone"));
        assertThatThrownBy(() -> Fixtures.account(committee, "mixed", Set.of(Role.SYSTEM_ADMINISTRATOR, Role.REGISTRY_CLERK), hasher, "x", START))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void the_security_administrator_can_neither_make_administrators_nor_change_them_beyond_unlock_and_password() {
        IssuedPassword auditor = administration.firstStart(committee.id()).get(2);
        IssuedPassword clerk = open("clerk", Set.of(Role.REGISTRY_CLERK), Optional.empty());

        assertThatThrownBy(() -> open("auditor2", Set.of(Role.AUDIT_ADMINISTRATOR), Optional.empty()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("user.roles.administrator-reserved"));
        assertThatThrownBy(() -> administration.changeRoles(ADMIN, clerk.account().id(), clerk.account().version(), Set.of(Role.SYSTEM_ADMINISTRATOR),
                Optional.empty(), Optional.empty())).isInstanceOf(DomainException.class);
        UserAccount stored = storage.userAccounts().require(auditor.account().id());
        assertThatThrownBy(() -> administration.disable(ADMIN, stored.id(), stored.version()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("user.administrator.protected"));
        assertThatThrownBy(() -> administration.resetSecondFactor(ADMIN, stored.id(), stored.version())).isInstanceOf(DomainException.class);
        assertThat(administration.unlock(ADMIN, stored.id(), stored.version()).roles()).containsExactly(Role.AUDIT_ADMINISTRATOR);
        UserAccount unlocked = storage.userAccounts().require(auditor.account().id());
        assertThatThrownBy(() -> administration.resetPassword(ADMIN, unlocked.id(), unlocked.version()))
                .as("without a second factor the reset password would make the account the resetter's")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("user.administrator.protected"));
        UserAccount withFactor = storage.userAccounts().save(unlocked.withSecondFactor(Optional.of(TotpSecret.generate()), -1));
        assertThat(administration.resetPassword(ADMIN, withFactor.id(), withFactor.version()).account().secondFactor()).isPresent();
    }

    @Test
    void a_members_account_is_linked_to_one_member_of_the_same_committee() {
        Member own = storage.members().save(Fixtures.member(committee, "M1", Fixtures.profile("李明")));
        Member foreign = storage.members().save(Fixtures.member(storage.committees().save(Fixtures.cityCommittee()), "M1", Fixtures.profile("赵雷")));

        assertThatThrownBy(() -> open("liming", Set.of(Role.MEMBER), Optional.empty()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).contains("memberId"));
        assertThatThrownBy(() -> open("zhaolei", Set.of(Role.MEMBER), Optional.of(foreign))).isInstanceOf(NotFoundException.class);
        open("liming", Set.of(Role.MEMBER), Optional.of(own));
        assertThatThrownBy(() -> open("liming2", Set.of(Role.MEMBER), Optional.of(own))).isInstanceOf(DuplicateException.class);
    }

    @Test
    void a_reset_gives_a_new_one_time_password_lifts_the_lockout_and_is_audited_without_the_password() {
        IssuedPassword first = open("clerk", Set.of(Role.REGISTRY_CLERK), Optional.empty());
        UserAccount locked = storage.userAccounts().save(first.account().withFailedSignIn(START, new LockoutPolicy(1, java.time.Duration.ofHours(1))));
        clock.advance(java.time.Duration.ofMinutes(1));

        IssuedPassword reset = administration.resetPassword(ADMIN, locked.id(), locked.version());

        assertThat(reset.account().isLocked(clock.instant())).isFalse();
        assertThat(hasher.verify(reset.oneTimePassword(), reset.account().passwordHash())).isTrue();
        assertThat(hasher.verify(first.oneTimePassword(), reset.account().passwordHash())).isFalse();
        AuditRecord last = storage.auditTrail().search(AuditQuery.all(), PageRequest.of(0, 1)).items().get(0);
        assertThat(last.entry().action()).isEqualTo(AuditAction.PASSWORD_RESET);
        assertThat(last.entry().actor()).isEqualTo("secadmin");
        assertThat(last.entry().changes()).extracting(c -> c.field()).contains("locked", "passwordChangedAt");
        assertThat(last.toString()).doesNotContain(new String(reset.oneTimePassword())).doesNotContain(reset.account().passwordHash());
    }

    @Test
    void role_changes_record_before_and_after() {
        IssuedPassword opened = open("leader", Set.of(Role.LEADER), Optional.empty());

        administration.changeRoles(ADMIN, opened.account().id(), opened.account().version(), Set.of(Role.LEADER, Role.PROPOSAL_OFFICE),
                Optional.empty(), Optional.empty());

        AuditRecord last = storage.auditTrail().search(AuditQuery.all(), PageRequest.of(0, 1)).items().get(0);
        assertThat(last.entry().changes()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("roles");
            assertThat(c.before()).isEqualTo("LEADER");
            assertThat(c.after()).isEqualTo("LEADER,PROPOSAL_OFFICE");
        });
    }

    @Test
    void a_units_account_is_linked_to_an_active_unit_of_the_same_committee() {
        HandlingUnit own = storage.handlingUnits().save(unit(committee, "青川市教育局"));
        HandlingUnit foreign = storage.handlingUnits().save(unit(storage.committees().save(Fixtures.cityCommittee()), "青川市教育局"));
        HandlingUnit merged = storage.handlingUnits().save(storage.handlingUnits().save(unit(committee, "青川市文化局")).deactivate());

        assertThatThrownBy(() -> openUnit("unknown", HandlingUnitId.generate()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.code()).isEqualTo("not-found.handling-unit");
                    assertThat(e.field()).contains("unitId");
                });
        assertThatThrownBy(() -> openUnit("foreign", foreign.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> openUnit("merged", merged.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("user.unit.inactive"));
        assertThat(openUnit("education", own.id()).account().unitId()).contains(own.id());
    }

    @Test
    void an_account_keeps_its_unit_after_the_unit_is_deactivated_but_cannot_move_to_another_inactive_one() {
        HandlingUnit unit = storage.handlingUnits().save(unit(committee, "青川市教育局"));
        UserAccount account = openUnit("education", unit.id()).account();
        HandlingUnit merged = storage.handlingUnits().save(unit.deactivate());
        HandlingUnit other = storage.handlingUnits().save(storage.handlingUnits().save(unit(committee, "青川市文化局")).deactivate());

        UserAccount changed = administration.changeRoles(ADMIN, account.id(), account.version(), Set.of(Role.HANDLING_UNIT, Role.LEADER),
                Optional.empty(), Optional.of(merged.id()));

        assertThat(changed.roles()).contains(Role.LEADER);
        assertThatThrownBy(() -> administration.changeRoles(ADMIN, account.id(), changed.version(), Set.of(Role.HANDLING_UNIT), Optional.empty(),
                Optional.of(other.id()))).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("user.unit.inactive"));
    }

    private IssuedPassword openUnit(String username, HandlingUnitId unitId) {
        return administration.open(ADMIN, new NewAccount(committee.id(), username, username, Set.of(Role.HANDLING_UNIT), Optional.empty(),
                Optional.of(unitId)));
    }

    private static HandlingUnit unit(Committee committee, String name) {
        return HandlingUnit.register(HandlingUnitId.generate(), committee.id(), name, HandlingUnitKind.GOVERNMENT_DEPARTMENT, null, null);
    }

    private IssuedPassword open(String username, Set<Role> roles, Optional<Member> member) {
        return administration.open(ADMIN, new NewAccount(committee.id(), username, username, roles, member.map(Member::id), Optional.empty()));
    }
}
