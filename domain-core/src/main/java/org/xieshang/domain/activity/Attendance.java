package org.xieshang.domain.activity;

/** How an invitation ended. */
public enum Attendance {
    /** 未登记: the activity has not started or attendance is not yet taken. */
    NOT_RECORDED,
    /** 出席. */
    PRESENT,
    /** 请假 (approved leave). */
    EXCUSED,
    /** 无故缺席: absent without approved leave. */
    UNEXCUSED;

    /** @return whether this is an absence, excused or not */
    public boolean isAbsence() {
        return this == EXCUSED || this == UNEXCUSED;
    }
}
