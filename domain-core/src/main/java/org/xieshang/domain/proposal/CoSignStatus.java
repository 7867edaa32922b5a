package org.xieshang.domain.proposal;

/** Where a co-signing invitation stands. */
public enum CoSignStatus {
    /** 已邀请: waiting for the member. */
    INVITED,
    /** 已附议: the member co-signs. */
    ACCEPTED,
    /** 已谢绝: the member declined. */
    DECLINED
}
