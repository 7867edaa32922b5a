package org.xieshang.domain.security;

import java.util.Optional;

/**
 * What a user does for a committee. Which permissions each role holds is data ({@link PermissionMap}); the
 * duty of the three administrator roles is fixed, so that no adjustment of the map can merge them.
 */
public enum Role {
    /** 系统管理员. */
    SYSTEM_ADMINISTRATOR(Duty.SYSTEM_ADMINISTRATION),
    /** 安全管理员. */
    SECURITY_ADMINISTRATOR(Duty.SECURITY_ADMINISTRATION),
    /** 审计管理员. */
    AUDIT_ADMINISTRATOR(Duty.AUDIT_ADMINISTRATION),
    /** 委员库管理 (registry clerk). */
    REGISTRY_CLERK(null),
    /** 履职档案管理 (duty-file clerk). */
    DUTY_FILE_CLERK(null),
    /** 协商办 (consultation office). */
    CONSULTATION_OFFICE(null),
    /** 提案委/提案办 (proposal office). */
    PROPOSAL_OFFICE(null),
    /** 委员: self-service over their own records. */
    MEMBER(null),
    /** 承办单位: a government department that sees only what is assigned to it. */
    HANDLING_UNIT(null),
    /** 领导: reads and instructs. */
    LEADER(null);

    private final Duty administrativeDuty;

    Role(Duty administrativeDuty) {
        this.administrativeDuty = administrativeDuty;
    }

    /** @return the administrative duty of one of the three administrator roles; empty for every other role */
    public Optional<Duty> administrativeDuty() {
        return Optional.ofNullable(administrativeDuty);
    }

    /** @return whether this is one of the three administrator roles (三员) */
    public boolean isAdministrator() {
        return administrativeDuty != null;
    }

    /**
     * @param permission a permission, not null
     * @return whether this role may ever hold it: administrators only their own duty's permissions, everyone
     *         else none of the administrators'; shared reads are open to all
     */
    public boolean mayHold(Permission permission) {
        Duty duty = permission.duty();
        if (duty == Duty.SHARED) {
            return true;
        }
        return isAdministrator() ? duty == administrativeDuty : duty == Duty.COMMITTEE_WORK;
    }
}
