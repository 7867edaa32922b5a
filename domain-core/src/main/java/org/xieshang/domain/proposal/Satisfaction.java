package org.xieshang.domain.proposal;

/** The proposer's verdict on an answer. */
public enum Satisfaction {
    /** 满意. */
    SATISFIED,
    /** 基本满意. */
    BASICALLY_SATISFIED,
    /** 不满意: the proposal may go back for handling. */
    UNSATISFIED;

    /** @return whether the proposer accepts the answer */
    public boolean accepts() {
        return this != UNSATISFIED;
    }
}
