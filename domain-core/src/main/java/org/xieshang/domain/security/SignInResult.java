package org.xieshang.domain.security;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** What came of a sign-in attempt. */
public sealed interface SignInResult {

    /**
     * The user is who they say.
     *
     * @param account      the account after sign-in, not null
     * @param pendingSteps what the user must do before anything else, not null
     */
    record SignedIn(UserAccount account, Set<PendingStep> pendingSteps) implements SignInResult {
        /** Rejects nulls. */
        public SignedIn {
            Objects.requireNonNull(account, "account");
            pendingSteps = Set.copyOf(pendingSteps);
        }
    }

    /**
     * The attempt was refused.
     *
     * @param reason      why, not null
     * @param lockedUntil the end of the lockout, if the account is locked
     */
    record Refused(Reason reason, Optional<Instant> lockedUntil) implements SignInResult {
        /** Rejects nulls. */
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(lockedUntil, "lockedUntil");
        }
    }

    /** Why a sign-in was refused; unknown names and wrong passwords are deliberately one reason. */
    enum Reason {
        /** Unknown login name or wrong password. */
        BAD_CREDENTIALS,
        /** Too many failures: the account is locked for a while. */
        LOCKED,
        /** The account is disabled, or a demo account outside the demo profile. */
        DISABLED,
        /** The password is right; the account's second factor code is needed. */
        SECOND_FACTOR_REQUIRED,
        /** The second factor code is wrong or already used. */
        SECOND_FACTOR_INVALID
    }
}
