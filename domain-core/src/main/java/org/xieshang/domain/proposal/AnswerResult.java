package org.xieshang.domain.proposal;

/** What an answer says about the proposal's suggestions (答复类别). */
public enum AnswerResult {
    /** 已解决或采纳 (A). */
    SOLVED,
    /** 正在解决 (B). */
    BEING_SOLVED,
    /** 列入计划逐步解决 (B). */
    PLANNED,
    /** 留作参考 (C). */
    FOR_REFERENCE
}
