package org.xieshang.domain.member;

/** Whether a term's membership is a member's first in the committee or continues the previous term (连任). */
public enum MembershipKind {
    /** 新任: not a member of the committee's previous term. */
    NEW,
    /** 连任: a member of the committee's previous term as well. */
    CONTINUING
}
