package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import java.time.Instant;
import java.util.stream.Collectors;
import org.xieshang.domain.security.UserAccount;

/**
 * One account as the security administrator's list shows it.
 *
 * @param id            identifier
 * @param version       version, for the row's actions
 * @param username      login name
 * @param displayName   name
 * @param roles         role labels
 * @param locked        whether a lockout is in force
 * @param enabled       whether it may sign in
 * @param administrator whether it is one of the three administrator accounts (only unlock and password reset)
 * @param secondFactor  whether a second factor is set up
 * @param lastSignIn    the last sign-in, or empty
 */
public record UserRow(String id, long version, String username, String displayName, String roles, boolean locked, boolean enabled,
                      boolean administrator, boolean secondFactor, String lastSignIn) implements Serializable {

    static UserRow of(UserAccount a) {
        return new UserRow(a.id().toString(), a.version(), a.username(), a.displayName(),
                a.roles().stream().map(Texts::label).sorted().collect(Collectors.joining("、")), a.isLocked(Instant.now()), a.enabled(),
                a.roles().stream().anyMatch(r -> r.isAdministrator()), a.secondFactor().isPresent(), a.lastSignInAt().map(Texts::time).orElse(""));
    }
}
