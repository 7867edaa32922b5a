package org.xieshang.domain.security;

import java.util.Objects;

/**
 * A permission held by a role, and how far it reaches. Immutable and thread-safe.
 *
 * @param permission the permission, not null
 * @param reach      its reach, not null
 */
public record Grant(Permission permission, Reach reach) {

    /** Rejects nulls. */
    public Grant {
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(reach, "reach");
    }

    /**
     * @param permission the permission, not null
     * @return the permission over the whole committee, never null
     */
    public static Grant committeeWide(Permission permission) {
        return new Grant(permission, Reach.COMMITTEE);
    }

    /**
     * @param permission the permission, not null
     * @return the permission over the user's own member record, never null
     */
    public static Grant ownRecord(Permission permission) {
        return new Grant(permission, Reach.OWN_RECORD);
    }

    /**
     * @param permission the permission, not null
     * @return the permission over what is assigned to the user's unit, never null
     */
    public static Grant ownUnit(Permission permission) {
        return new Grant(permission, Reach.OWN_UNIT);
    }
}
