package org.xieshang.domain.consultation;

/** Where an annual consultation plan stands. */
public enum PlanStatus {
    /** 草拟: drawn up by the Party committee's office with the government and the committee. */
    DRAFT,
    /** 报审: submitted to the Party committee. */
    SUBMITTED,
    /** 审定: approved by the Party committee. */
    APPROVED,
    /** 印发: published. */
    PUBLISHED
}
