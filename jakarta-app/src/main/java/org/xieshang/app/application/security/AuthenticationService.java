package org.xieshang.app.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import org.xieshang.app.infrastructure.security.JwtTokens;
import org.xieshang.domain.audit.AuditAction;
import org.xieshang.domain.security.AccountSecurity;
import org.xieshang.domain.security.SecurityPolicy;
import org.xieshang.domain.security.SignIn;
import org.xieshang.domain.security.SignInResult;
import org.xieshang.domain.security.TotpSecret;
import org.xieshang.domain.security.UserAccount;
import org.xieshang.domain.shared.DomainException;

/**
 * Signing in and out, bearer tokens, and users' own password and second factor. A refused sign-in is a
 * result, not an error, so its failure count and audit record commit.
 */
@ApplicationScoped
@Transactional
public class AuthenticationService {

    @Inject
    SignIn signIn;

    @Inject
    AccountSecurity accountSecurity;

    @Inject
    SecurityPolicy policy;

    @Inject
    JwtTokens tokens;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    /**
     * @param username      as typed, may be null
     * @param password      as typed, not null
     * @param code          the TOTP code as typed, may be null
     * @param clientAddress where the attempt comes from, not null
     * @return signed in or refused, never null
     */
    public SignInResult signIn(String username, char[] password, String code, String clientAddress) {
        return signIn.attempt(username, password, code, clientAddress);
    }

    /**
     * Issues a short-lived bearer token for the API to a user who signs in with the same checks as the screens.
     *
     * @param username      as given, may be null
     * @param password      as given, not null
     * @param code          the TOTP code, may be null
     * @param clientAddress where the request comes from, not null
     * @return the token, never null
     * @throws SignInRefusedException {@code auth.refused.*} if the sign-in is refused, {@code auth.pending-steps} if the
     *                                password must be changed or a second factor set up on the screens first
     */
    @Transactional(dontRollbackOn = SignInRefusedException.class)
    public String issueToken(String username, char[] password, String code, String clientAddress) {
        SignInResult result = signIn.attempt(username, password, code, clientAddress);
        if (result instanceof SignInResult.Refused refused) {
            throw new SignInRefusedException("auth.refused." + refused.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        UserAccount account = ((SignInResult.SignedIn) result).account();
        if (!((SignInResult.SignedIn) result).pendingSteps().isEmpty()) {
            throw new SignInRefusedException("auth.pending-steps");
        }
        audit.record(AuditAction.TOKEN_ISSUED, Optional.of(account.committeeId()), "user", account.id().toString(),
                "valid for " + policy.sessions().tokenLifetime());
        return tokens.issue(account, policy.sessions().tokenLifetime());
    }

    /** Audits the current user's sign-out. */
    public void signedOut() {
        user.account().ifPresent(account -> audit.record(AuditAction.SIGN_OUT, Optional.of(account.committeeId()), "user",
                account.id().toString(), ""));
    }

    /**
     * @param current the password in use, not null
     * @param next    the new one, not null
     * @throws DomainException if the current password is wrong or the new one breaks the policy
     */
    public void changePassword(char[] current, char[] next) {
        UserAccount account = user.account().orElseThrow(NotSignedInException::new);
        accountSecurity.changePassword(user.actor(), account.id(), current, next);
    }

    /**
     * @param password the current password, needed to replace an existing second factor; may be null
     * @param secret   the secret shown to the user, not null
     * @param code     the code their app shows, may be null
     * @throws DomainException {@code second-factor.code-invalid} if the code is wrong
     */
    public void enrolSecondFactor(char[] password, TotpSecret secret, String code) {
        UserAccount account = user.account().orElseThrow(NotSignedInException::new);
        accountSecurity.enrolSecondFactor(user.actor(), account.id(), password, secret, code);
    }

    /** @return the security policy in force, never null */
    public SecurityPolicy policy() {
        return policy;
    }
}
