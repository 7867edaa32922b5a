package org.xieshang.domain.proposal;

/** The grade of implementation the Party and government offices give after supervision (督查). */
public enum ImplementationGrade {
    /** A: implemented. */
    A,
    /** B: partly implemented or under way. */
    B,
    /** C: not implemented. */
    C
}
