package org.xieshang.domain.consultation;

/** What another body does with a matter, each of which must wait for its consultation ("three before", 003). */
public enum MatterAction {
    /** 党委决策: the Party committee decides. */
    DECIDE,
    /** 人大通过: the people's congress passes it. */
    PASS,
    /** 政府实施: the government implements it. */
    IMPLEMENT
}
