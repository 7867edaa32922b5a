package org.xieshang.domain.duty;

/** Where a duty report stands: the member writes, staff review. */
public enum DutyReportStatus {
    /** 草稿. */
    DRAFT,
    /** 已提交, awaiting review. */
    SUBMITTED,
    /** 已退回 with a comment; the member revises and submits again. */
    RETURNED,
    /** 已审核. */
    ACCEPTED
}
