package org.xieshang.domain.security;

import java.util.Objects;

/**
 * An account with the one-time password just set for it, to be handed to its user once and then forgotten.
 * {@link #toString()} does not reveal the password.
 *
 * @param account     the stored account, not null
 * @param oneTimePassword the password in clear, not null
 */
public record IssuedPassword(UserAccount account, char[] oneTimePassword) {

    /** Rejects nulls. */
    public IssuedPassword {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(oneTimePassword, "oneTimePassword");
    }

    @Override
    public String toString() {
        return "IssuedPassword[" + account.username() + "]";
    }
}
