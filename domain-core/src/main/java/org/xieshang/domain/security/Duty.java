package org.xieshang.domain.security;

/**
 * The separated duties of 三权分立 (GB/T 22239-2019 level 3): system, security and audit administration
 * are each held by their own accounts, and neither of them does the committee's work.
 */
public enum Duty {
    /** Configuring the system: committees, terms, plenary sessions (系统管理员). */
    SYSTEM_ADMINISTRATION,
    /** Accounts, roles, passwords, the permission map (安全管理员). */
    SECURITY_ADMINISTRATION,
    /** Reading and exporting the audit trail (审计管理员). */
    AUDIT_ADMINISTRATION,
    /** The committee's own work: members, duty files, consultations, proposals. */
    COMMITTEE_WORK,
    /** Harmless reads every role needs, such as the committee's name. */
    SHARED
}
