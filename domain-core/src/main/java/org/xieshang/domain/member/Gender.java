package org.xieshang.domain.member;

/** A member's gender as recorded in the registry (and encoded in the resident ID number). */
public enum Gender {
    /** 男. */
    MALE,
    /** 女. */
    FEMALE
}
