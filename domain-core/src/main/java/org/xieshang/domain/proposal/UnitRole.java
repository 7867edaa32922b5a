package org.xieshang.domain.proposal;

/** A unit's part in handling a proposal. */
public enum UnitRole {
    /** 主办: answers the proposer. */
    LEAD,
    /** 协办/会办: gives its part to the lead unit's answer (会签). */
    CO_HANDLING
}
