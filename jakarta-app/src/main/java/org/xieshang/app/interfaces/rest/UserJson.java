package org.xieshang.app.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.List;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.security.IssuedPassword;
import org.xieshang.domain.security.Role;
import org.xieshang.domain.security.UserAccount;

/** User accounts as the API shows and takes them: never a hash or a second-factor secret. */
interface UserJson {

    /**
     * An account.
     *
     * @param id                the identifier
     * @param committeeId       its committee
     * @param username          login name
     * @param displayName       name shown on screens
     * @param roles             roles
     * @param memberId          the linked member record, or null
     * @param unitId            the handling unit, or null
     * @param enabled           whether it may sign in
     * @param lockedUntil       end of a lockout in force, or null
     * @param secondFactor      whether a second factor is set up
     * @param passwordChangedAt when the password was set
     * @param lastSignInAt      the last sign-in, or null
     * @param demo              whether it is a documented demo account
     */
    record UserView(String id, String committeeId, String username, String displayName, List<String> roles, String memberId, String unitId,
                    boolean enabled, Instant lockedUntil, boolean secondFactor, Instant passwordChangedAt, Instant lastSignInAt, boolean demo) {
        static UserView of(UserAccount a) {
            return new UserView(a.id().toString(), a.committeeId().toString(), a.username(), a.displayName(),
                    a.roles().stream().map(Role::name).sorted().toList(), a.memberId().map(MemberId::toString).orElse(null),
                    a.unitId().map(HandlingUnitId::toString).orElse(null), a.enabled(), a.lockedUntil().filter(Instant.now()::isBefore).orElse(null),
                    a.secondFactor().isPresent(), a.passwordChangedAt(), a.lastSignInAt().orElse(null), a.demo());
        }
    }

    /**
     * An account with the one-time password just set, returned once.
     *
     * @param user            the account
     * @param oneTimePassword the password to hand to its user, who must change it at the first sign-in
     */
    record IssuedView(UserView user, String oneTimePassword) {
        static IssuedView of(IssuedPassword issued) {
            return new IssuedView(UserView.of(issued.account()), new String(issued.oneTimePassword()));
        }
    }

    /** A new account; a class with public fields, as Bean Validation on records breaks the OpenAPI document here. */
    class NewUserRequest {
        /** Login name. */
        @NotBlank
        public String username;
        /** Name shown on screens. */
        @NotBlank
        public String displayName;
        /** Role names, such as REGISTRY_CLERK. */
        public List<String> roles;
        /** The member record of a member's account. */
        public String memberId;
        /** The handling unit of a unit's account. */
        public String unitId;
    }

    /** New roles and links of an account. */
    class RolesRequest {
        /** Role names. */
        public List<String> roles;
        /** The member record of a member's account. */
        public String memberId;
        /** The handling unit of a unit's account. */
        public String unitId;
    }
}
