package org.xieshang.domain.security;

/**
 * A function of the system that a role may be granted. Each belongs to one {@link Duty}, and reads are told
 * apart from writes because city staff may read, but never change, their county committees' data.
 */
public enum Permission {
    /** See committees, terms and plenary sessions. */
    COMMITTEE_READ(Duty.SHARED, Access.READ),
    /** Create committees, rename them, open terms, schedule plenary sessions. */
    COMMITTEE_MANAGE(Duty.SYSTEM_ADMINISTRATION, Access.WRITE),
    /** See sectors, sector groups, special committees, liaison groups and workstations. */
    ORGANISATION_READ(Duty.COMMITTEE_WORK, Access.READ),
    /** Change sectors, sector groups, special committees, liaison groups and workstations. */
    ORGANISATION_MANAGE(Duty.COMMITTEE_WORK, Access.WRITE),
    /** See members' files, personal numbers masked. */
    MEMBER_READ(Duty.COMMITTEE_WORK, Access.READ),
    /** Register members. */
    MEMBER_REGISTER(Duty.COMMITTEE_WORK, Access.WRITE),
    /** Change a member's personal details. */
    MEMBER_PROFILE_EDIT(Duty.COMMITTEE_WORK, Access.WRITE),
    /** Record membership decisions: appointment, sector change, resignation, standing role. */
    MEMBERSHIP_DECIDE(Duty.COMMITTEE_WORK, Access.WRITE),
    /** See resident ID and phone numbers in full; every such read is audited. */
    PERSONAL_DATA_UNMASKED(Duty.COMMITTEE_WORK, Access.READ),
    /** See meetings and activities, attendance, duty files, scores, findings, statistics and duty reports. */
    DUTY_FILE_READ(Duty.COMMITTEE_WORK, Access.READ),
    /** Schedule meetings and activities, take attendance, decide leave, enter duty records, review duty reports. */
    DUTY_FILE_MANAGE(Duty.COMMITTEE_WORK, Access.WRITE),
    /** Set scoring schemes and discipline rules, evaluate years, decide findings. */
    DUTY_ASSESSMENT_MANAGE(Duty.COMMITTEE_WORK, Access.WRITE),
    /** Ask for leave and write one's own duty reports (members, on their own record). */
    DUTY_SELF_SERVICE(Duty.COMMITTEE_WORK, Access.WRITE),
    /** Read consultation plans, topics and activities. */
    CONSULTATION_READ(Duty.COMMITTEE_WORK, Access.READ),
    /** Draw up, screen and take plans to approval; run consultation activities. */
    CONSULTATION_MANAGE(Duty.COMMITTEE_WORK, Access.WRITE),
    /**
     * Read proposals and social-condition reports: all of the committee's, a member's own (led, co-signed or co-written),
     * or the proposals assigned to one's unit.
     */
    PROPOSAL_READ(Duty.COMMITTEE_WORK, Access.READ),
    /**
     * Draft and submit proposals, invite and answer co-signers, rate answers; write, submit and withdraw social-condition
     * reports (members on their own record, the office for anyone).
     */
    PROPOSAL_SUBMIT(Duty.COMMITTEE_WORK, Access.WRITE),
    /**
     * Review proposals for filing, assign, set and extend deadlines, bundle, choose key proposals, close; keep handling
     * units; return, edit, adopt or decline social-condition reports, report them upward and record upper bodies' adoption.
     */
    PROPOSAL_MANAGE(Duty.COMMITTEE_WORK, Access.WRITE),
    /** Acknowledge, log communication with the proposer, answer and countersign (handling units, their own assignments). */
    PROPOSAL_HANDLE(Duty.COMMITTEE_WORK, Access.WRITE),
    /** Lead and supervise key proposals and give instructions (批示), such as on adopted social-condition reports (leaders). */
    LEADER_INSTRUCT(Duty.COMMITTEE_WORK, Access.WRITE),
    /** Create, change, unlock and disable user accounts; reset passwords. */
    USER_MANAGE(Duty.SECURITY_ADMINISTRATION, Access.WRITE),
    /** See user accounts. */
    USER_READ(Duty.SECURITY_ADMINISTRATION, Access.READ),
    /** Change which role holds which permission. */
    PERMISSION_MAP_MANAGE(Duty.SECURITY_ADMINISTRATION, Access.WRITE),
    /** Search the audit trail and verify its chain. */
    AUDIT_READ(Duty.AUDIT_ADMINISTRATION, Access.READ),
    /** Export the audit trail. */
    AUDIT_EXPORT(Duty.AUDIT_ADMINISTRATION, Access.READ);

    /** Whether a permission reads or changes data. */
    public enum Access {
        READ, WRITE
    }

    private final Duty duty;
    private final Access access;

    Permission(Duty duty, Access access) {
        this.duty = duty;
        this.access = access;
    }

    /** @return the duty this permission belongs to, never null */
    public Duty duty() {
        return duty;
    }

    /** @return whether it only reads */
    public boolean isRead() {
        return access == Access.READ;
    }
}
