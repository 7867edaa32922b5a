package org.xieshang.app.infrastructure.jpa;

/** Kinds of personal numbers in the blind index, so that equal digits of different kinds index differently. */
public final class PersonalNumbers {

    /** Resident ID numbers (公民身份号码). */
    public static final String RESIDENT_ID = "resident-id";
    /** Mobile phone numbers. */
    public static final String MOBILE = "mobile";

    private PersonalNumbers() {
    }
}
