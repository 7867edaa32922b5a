package org.xieshang.domain.proposal;

/** How a unit contacted the proposer. */
public enum CommunicationMethod {
    /** 面商 (face to face). */
    MEETING,
    /** 实地走访. */
    SITE_VISIT,
    /** 电话. */
    PHONE,
    /** 座谈会. */
    FORUM,
    /** 书面或网络. */
    WRITTEN
}
