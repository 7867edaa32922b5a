package org.xieshang.domain.proposal;

/** What the filing review (立案审查) decided. */
public enum FilingDecision {
    /** 立案. */
    FILED,
    /** 不予立案. */
    NOT_FILED,
    /** 转社情民意信息. */
    CONVERTED,
    /** 并案. */
    MERGED
}
