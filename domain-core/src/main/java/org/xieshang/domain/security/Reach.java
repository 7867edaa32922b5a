package org.xieshang.domain.security;

/** How far a granted permission reaches within a committee. */
public enum Reach {
    /** Everything of the user's committee (and, for reads by city staff, of its county committees). */
    COMMITTEE,
    /** Only the member record linked to the user's account. */
    OWN_RECORD,
    /** Only what is assigned to the user's handling unit. */
    OWN_UNIT
}
