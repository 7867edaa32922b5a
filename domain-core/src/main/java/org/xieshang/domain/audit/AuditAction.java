package org.xieshang.domain.audit;

/** What an audit record is about. */
public enum AuditAction {
    /** A user signed in. */
    SIGN_IN,
    /** A sign-in was refused: unknown user, wrong password or second factor, locked or disabled account. */
    SIGN_IN_FAILED,
    /** Repeated failures locked an account. */
    ACCOUNT_LOCKED,
    /** A user signed out. */
    SIGN_OUT,
    /** A bearer token was issued for the API. */
    TOKEN_ISSUED,
    /** A request was refused for lack of permission, for another committee's data or another person's record. */
    ACCESS_DENIED,
    /** Something was created. */
    CREATE,
    /** Something was changed; the record lists each changed field before and after. */
    UPDATE,
    /** A record removed. */
    DELETE,
    /** Someone saw resident ID or phone numbers unmasked. */
    PERSONAL_DATA_READ,
    /** Data left the system as a file. */
    EXPORT,
    /** A user changed their own password. */
    PASSWORD_CHANGED,
    /** A security administrator set a one-time password. */
    PASSWORD_RESET,
    /** A user set up or removed a second factor. */
    SECOND_FACTOR_CHANGED,
    /** The chain of audit records was verified. */
    AUDIT_VERIFIED
}
