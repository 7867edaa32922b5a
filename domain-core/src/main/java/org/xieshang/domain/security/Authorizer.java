package org.xieshang.domain.security;

import java.util.List;
import java.util.Objects;

/**
 * Decides every access by function, committee and object: the user's roles must hold the permission
 * ({@link PermissionMap}), the data must belong to the user's committee (or, for reads and administration, to a
 * committee the user may read: a city's county committees), and a grant limited to the own record or unit must match the target's member or unit.
 * Stateless and thread-safe.
 */
public final class Authorizer {

    /**
     * @param subject    the user, not null
     * @param map        the permission map of the user's committee, not null
     * @param permission what the user wants to do, not null
     * @param target     what they want to do it to, not null
     * @return the decision with its reason, never null
     */
    public AccessDecision decide(Subject subject, PermissionMap map, Permission permission, Target target) {
        Objects.requireNonNull(target, "target");
        List<Grant> grants = map.grantsOf(subject.roles(), Objects.requireNonNull(permission, "permission"));
        if (grants.isEmpty()) {
            return AccessDecision.deny("access.no-permission");
        }
        boolean ownCommittee = subject.committeeId().equals(target.committeeId());
        // City staff read their county committees; the city's administrators also administer them.
        boolean administrative = permission.duty() != Duty.COMMITTEE_WORK && permission.duty() != Duty.SHARED;
        boolean readableCommittee = (permission.isRead() || administrative) && subject.readableCommittees().contains(target.committeeId());
        if (!ownCommittee && !readableCommittee) {
            return AccessDecision.deny("access.other-committee");
        }
        String refusal = "access.no-permission";
        for (Grant grant : grants) {
            switch (grant.reach()) {
                case COMMITTEE -> {
                    return AccessDecision.allow();
                }
                case OWN_RECORD -> {
                    if (ownCommittee && subject.memberId().isPresent() && target.memberId().equals(subject.memberId())) {
                        return AccessDecision.allow();
                    }
                    refusal = "access.not-own-record";
                }
                case OWN_UNIT -> {
                    if (ownCommittee && subject.unitId().isPresent() && target.unitId().equals(subject.unitId())) {
                        return AccessDecision.allow();
                    }
                    refusal = "access.not-own-unit";
                }
            }
        }
        return AccessDecision.deny(refusal);
    }
}
