package org.xieshang.domain.proposal;

/** When a proposal was submitted; the two have separate default handling periods (see {@link HandlingPeriods}). */
public enum ProposalOrigin {
    /** 大会提案: during the plenary session. */
    PLENARY_SESSION,
    /** 平时提案: between sessions. */
    BETWEEN_SESSIONS
}
