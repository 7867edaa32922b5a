package org.xieshang.domain.outcome;

/** How far an outcome report has gone up (003: 报送 → 阅批). */
public enum OutcomeStage {
    /** 已接收: handed over by the consultation, not yet submitted. */
    RECEIVED,
    /** 已报送: submitted by the committee's Party group to the Party committee and government. */
    SUBMITTED,
    /** 已批示: at least one leader has instructed on it. */
    INSTRUCTED
}
