package org.xieshang.domain.activity;

/** Where a leave request (请假) stands. */
public enum LeaveStatus {
    /** 待审批. */
    REQUESTED,
    /** 已批准. */
    APPROVED,
    /** 未批准. */
    REFUSED
}
