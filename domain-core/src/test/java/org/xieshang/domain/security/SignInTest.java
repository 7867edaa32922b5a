package org.xieshang.domain.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.audit.AuditAction;
import org.xieshang.domain.audit.AuditQuery;
import org.xieshang.domain.audit.AuditRecord;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.security.SignInResult.Reason;
import org.xieshang.domain.security.SignInResult.Refused;
import org.xieshang.domain.security.SignInResult.SignedIn;
import org.xieshang.domain.shared.PageRequest;
import org.xieshang.domain.testkit.Fixtures;
import org.xieshang.domain.testkit.StorageUnderTest;

class SignInTest {

    private static final Instant START = Instant.parse("2026-11-22T01:00:00Z");
    private static final String PASSWORD = "Zhengxie#2026";

    private final StorageUnderTest storage = StorageUnderTest.inMemory();
    private final PasswordHasher hasher = Fixtures.fastHasher();
    private final MutableClock clock = new MutableClock(START);
    private Committee committee;

    @BeforeEach
    void committee() {
        committee = storage.committees().save(Fixtures.cityCommittee());
    }

    @Test
    void five_wrong_passwords_lock_the_account_for_thirty_minutes_even_against_the_right_one() {
        store(Fixtures.account(committee, "clerk", Set.of(Role.REGISTRY_CLERK), hasher, PASSWORD, START));

        for (int i = 1; i <= 4; i++) {
            assertThat(signIn("clerk", "wrong" + i, null)).isEqualTo(new Refused(Reason.BAD_CREDENTIALS, Optional.empty()));
        }
        SignInResult fifth = signIn("clerk", "wrong5", null);
        assertThat(fifth).isEqualTo(new Refused(Reason.LOCKED, Optional.of(START.plus(Duration.ofMinutes(30)))));
        assertThat(signIn("clerk", PASSWORD, null)).isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).isEqualTo(Reason.LOCKED));

        clock.advance(Duration.ofMinutes(30));
        assertThat(signIn("clerk", PASSWORD, null)).isInstanceOf(SignedIn.class);
        assertThat(storage.userAccounts().findByUsername("clerk").orElseThrow().failedSignIns()).isZero();
        assertThat(actions()).containsSubsequence(AuditAction.SIGN_IN_FAILED, AuditAction.ACCOUNT_LOCKED, AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN);
    }

    @Test
    void after_a_lockout_has_passed_a_single_failure_does_not_lock_again() {
        store(Fixtures.account(committee, "clerk", Set.of(Role.REGISTRY_CLERK), hasher, PASSWORD, START));
        for (int i = 0; i < 5; i++) {
            signIn("clerk", "wrong", null);
        }
        clock.advance(Duration.ofMinutes(31));

        assertThat(signIn("clerk", "wrong", null)).isEqualTo(new Refused(Reason.BAD_CREDENTIALS, Optional.empty()));
        assertThat(signIn("clerk", PASSWORD, null)).isInstanceOf(SignedIn.class);
    }

    @Test
    void an_unknown_name_and_a_wrong_password_look_the_same_and_both_are_audited() {
        store(Fixtures.account(committee, "clerk", Set.of(Role.REGISTRY_CLERK), hasher, PASSWORD, START));

        assertThat(signIn("nobody", PASSWORD, null)).isEqualTo(signIn("clerk", "wrong", null));
        assertThat(storage.auditTrail().search(AuditQuery.all(), PageRequest.of(0, 10)).items()).extracting(r -> r.entry().actor())
                .containsExactly("clerk", "nobody");
    }

    @Test
    void an_account_with_a_second_factor_needs_a_fresh_code() {
        TotpSecret secret = TotpSecret.generate();
        store(Fixtures.account(committee, "auditor", Set.of(Role.AUDIT_ADMINISTRATOR), hasher, PASSWORD, START).withSecondFactor(Optional.of(secret), -1));
        Totp totp = new Totp();
        String code = totp.code(secret, totp.stepAt(START));

        assertThat(signIn("auditor", PASSWORD, null)).isEqualTo(new Refused(Reason.SECOND_FACTOR_REQUIRED, Optional.empty()));
        assertThat(signIn("auditor", PASSWORD, "000000".equals(code) ? "111111" : "000000"))
                .isEqualTo(new Refused(Reason.SECOND_FACTOR_INVALID, Optional.empty()));
        assertThat(signIn("auditor", PASSWORD, code)).isInstanceOfSatisfying(SignedIn.class, s -> assertThat(s.pendingSteps()).isEmpty());
        assertThat(signIn("auditor", PASSWORD, code)).isEqualTo(new Refused(Reason.SECOND_FACTOR_INVALID, Optional.empty()));
    }

    @Test
    void administrators_without_a_second_factor_and_one_time_passwords_are_sent_to_set_them_up() {
        UserAccount admin = Fixtures.account(committee, "secadmin", Set.of(Role.SECURITY_ADMINISTRATOR), hasher, PASSWORD, START);
        store(admin.withOneTimePassword(admin.passwordHash(), START));

        assertThat(signIn("secadmin", PASSWORD, null)).isInstanceOfSatisfying(SignedIn.class,
                s -> assertThat(s.pendingSteps()).containsExactlyInAnyOrder(PendingStep.CHANGE_PASSWORD, PendingStep.ENROL_SECOND_FACTOR));
    }

    @Test
    void an_expired_password_must_be_changed() {
        store(Fixtures.account(committee, "clerk", Set.of(Role.REGISTRY_CLERK), hasher, PASSWORD, START));
        clock.advance(Duration.ofDays(91));

        assertThat(signIn("clerk", PASSWORD, null)).isInstanceOfSatisfying(SignedIn.class,
                s -> assertThat(s.pendingSteps()).containsExactly(PendingStep.CHANGE_PASSWORD));
    }

    @Test
    void disabled_accounts_and_demo_accounts_outside_the_demo_profile_are_refused() {
        store(Fixtures.account(committee, "gone", Set.of(Role.LEADER), hasher, PASSWORD, START).withEnabled(false));
        UserAdministration administration = new UserAdministration(storage.committees(), storage.members(), storage.handlingUnits(),
                storage.userAccounts(), hasher, storage.auditTrail(), clock);
        administration.openDemo(new NewAccount(committee.id(), "demo", "演示", Set.of(Role.LEADER), Optional.empty(), Optional.empty()),
                PASSWORD.toCharArray(), Optional.empty());

        assertThat(signIn("gone", PASSWORD, null)).isEqualTo(new Refused(Reason.DISABLED, Optional.empty()));
        assertThat(signIn("demo", PASSWORD, null)).isEqualTo(new Refused(Reason.DISABLED, Optional.empty()));
        SignIn demoProfile = new SignIn(storage.userAccounts(), hasher, storage.auditTrail(), SecurityPolicy.standard(), clock, true);
        assertThat(demoProfile.attempt("demo", PASSWORD.toCharArray(), null, "127.0.0.1")).isInstanceOf(SignedIn.class);
    }

    @Test
    void the_login_name_is_matched_without_case_or_surrounding_space() {
        store(Fixtures.account(committee, "clerk", Set.of(Role.REGISTRY_CLERK), hasher, PASSWORD, START));

        assertThat(signIn("  Clerk ", PASSWORD, null)).isInstanceOf(SignedIn.class);
        AuditRecord last = storage.auditTrail().search(AuditQuery.all(), PageRequest.of(0, 1)).items().get(0);
        assertThat(last.entry().clientAddress()).isEqualTo("192.0.2.10");
        assertThat(last.entry().action()).isEqualTo(AuditAction.SIGN_IN);
    }

    private SignInResult signIn(String username, String password, String code) {
        return new SignIn(storage.userAccounts(), hasher, storage.auditTrail(), SecurityPolicy.standard(), clock, false)
                .attempt(username, password.toCharArray(), code, "192.0.2.10");
    }

    private void store(UserAccount account) {
        storage.userAccounts().save(account);
    }

    private java.util.List<AuditAction> actions() {
        return storage.auditTrail().readInOrder(0, 100).stream().map(r -> r.entry().action()).toList();
    }

    /** A clock tests move forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
