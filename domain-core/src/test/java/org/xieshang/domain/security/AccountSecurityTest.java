package org.xieshang.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.audit.Actor;
import org.xieshang.domain.audit.AuditAction;
import org.xieshang.domain.audit.AuditQuery;
import org.xieshang.domain.audit.AuditRecord;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.PageRequest;
import org.xieshang.domain.testkit.Fixtures;
import org.xieshang.domain.testkit.StorageUnderTest;

class AccountSecurityTest {

    private static final Instant START = Instant.parse("2026-11-22T01:00:00Z");
    private static final Actor ACTOR = new Actor("clerk", "192.0.2.10");

    private final StorageUnderTest storage = StorageUnderTest.inMemory();
    private final PasswordHasher hasher = Fixtures.fastHasher();
    private final SignInTest.MutableClock clock = new SignInTest.MutableClock(START);
    private final AccountSecurity security = new AccountSecurity(storage.userAccounts(), hasher, storage.auditTrail(), SecurityPolicy.standard(), clock);
    private UserAccount account;

    @BeforeEach
    void account() {
        account = storage.userAccounts().save(Fixtures.account(storage.committees().save(Fixtures.cityCommittee()), "clerk",
                Set.of(Role.REGISTRY_CLERK), hasher, "Password#0", START));
    }

    @Test
    void none_of_the_last_five_passwords_may_be_used_again() {
        for (int i = 1; i <= 5; i++) {
            security.changePassword(ACTOR, account.id(), ("Password#" + (i - 1)).toCharArray(), ("Password#" + i).toCharArray());
        }

        for (int reused = 1; reused <= 5; reused++) {
            String candidate = "Password#" + reused;
            assertThatThrownBy(() -> security.changePassword(ACTOR, account.id(), "Password#5".toCharArray(), candidate.toCharArray()))
                    .as(candidate).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("password.reused"));
        }
        UserAccount changed = security.changePassword(ACTOR, account.id(), "Password#5".toCharArray(), "Password#0".toCharArray());
        assertThat(hasher.verify("Password#0".toCharArray(), changed.passwordHash())).isTrue();
        assertThat(changed.oneTimePassword()).isFalse();
    }

    @Test
    void a_reset_does_not_open_the_way_back_to_the_old_password() {
        UserAccount reset = storage.userAccounts().save(storage.userAccounts().require(account.id())
                .withOneTimePassword(hasher.hash("OneTime#123".toCharArray()), START));

        assertThatThrownBy(() -> security.changePassword(ACTOR, reset.id(), "OneTime#123".toCharArray(), "Password#0".toCharArray()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("password.reused"));
        UserAccount changed = security.changePassword(ACTOR, reset.id(), "OneTime#123".toCharArray(), "Password#9".toCharArray());
        assertThat(changed.previousPasswordHashes()).hasSize(1).noneMatch(h -> hasher.verify("OneTime#123".toCharArray(), h));
    }

    @Test
    void the_current_password_must_be_right_and_the_new_one_meet_the_policy() {
        assertThatThrownBy(() -> security.changePassword(ACTOR, account.id(), "wrong".toCharArray(), "Better#2026".toCharArray()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).contains("currentPassword"));
        assertThatThrownBy(() -> security.changePassword(ACTOR, account.id(), "Password#0".toCharArray(), "short".toCharArray()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("password.too-short"));
        assertThat(storage.userAccounts().require(account.id()).version()).isEqualTo(account.version());
    }

    @Test
    void a_second_factor_is_set_up_only_with_a_right_code_and_is_audited() {
        TotpSecret secret = TotpSecret.generate();
        Totp totp = new Totp();

        assertThatThrownBy(() -> security.enrolSecondFactor(ACTOR, account.id(), null, secret, "12345"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("second-factor.code-invalid"));
        UserAccount enrolled = security.enrolSecondFactor(ACTOR, account.id(), null, secret, totp.code(secret, totp.stepAt(START)));

        assertThat(enrolled.secondFactor()).contains(secret);
        AuditRecord last = storage.auditTrail().search(AuditQuery.all(), PageRequest.of(0, 1)).items().get(0);
        assertThat(last.entry().action()).isEqualTo(AuditAction.SECOND_FACTOR_CHANGED);
        assertThat(last.entry().changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("secondFactor");
            assertThat(c.after()).isEqualTo("true");
        });
        assertThat(last.entry().toString()).doesNotContain(secret.base32());

        TotpSecret replacement = TotpSecret.generate();
        String code = totp.code(replacement, totp.stepAt(START));
        assertThatThrownBy(() -> security.enrolSecondFactor(ACTOR, account.id(), "wrong".toCharArray(), replacement, code))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).contains("currentPassword"));
        assertThat(security.enrolSecondFactor(ACTOR, account.id(), "Password#0".toCharArray(), replacement, code).secondFactor()).contains(replacement);
    }
}
