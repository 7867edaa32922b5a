package org.xieshang.domain.notification;

/** Who a notice goes to. */
public enum RecipientKind {
    /** A member, through the accounts linked to the member's record. */
    MEMBER,
    /** A handling unit, through its accounts. */
    HANDLING_UNIT
}
