package org.xieshang.domain.security;

/** What a user must do after signing in before they may do anything else. */
public enum PendingStep {
    /** The password is a one-time password or has expired. */
    CHANGE_PASSWORD,
    /** The account's roles require a second factor and none is set up. */
    ENROL_SECOND_FACTOR
}
