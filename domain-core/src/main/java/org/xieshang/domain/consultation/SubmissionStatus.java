package org.xieshang.domain.consultation;

/** What became of a public submission, as its submitter sees it. */
public enum SubmissionStatus {
    /** 已收到: received, not yet looked at. */
    RECEIVED,
    /** 已采纳: taken into the plan as a topic. */
    ADOPTED,
    /** 未采纳: not taken up, with a reason. */
    DECLINED
}
