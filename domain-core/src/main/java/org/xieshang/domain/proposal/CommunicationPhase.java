package org.xieshang.domain.proposal;

/** When a unit contacted the proposer (003: 办理前协商、办理中沟通、办理后征求意见). */
public enum CommunicationPhase {
    /** 办理前协商. */
    BEFORE,
    /** 办理中沟通. */
    DURING,
    /** 办理后征求意见. */
    AFTER
}
