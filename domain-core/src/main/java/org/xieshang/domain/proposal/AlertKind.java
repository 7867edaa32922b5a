package org.xieshang.domain.proposal;

/** What needs attention on a proposal. */
public enum AlertKind {
    /** 即将到期: due within the warning period. */
    DUE_SOON,
    /** 已超期: not answered by the deadline. */
    OVERDUE,
    /** 未签收: a unit has not acknowledged within the warning period. */
    NOT_ACKNOWLEDGED,
    /** 延期待批: an extension request waits for the office. */
    EXTENSION_PENDING,
    /** 待评价: answered, not rated within the warning period. */
    AWAITING_RATING
}
