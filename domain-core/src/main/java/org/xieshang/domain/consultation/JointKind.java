package org.xieshang.domain.consultation;

/** What a city committee does together with its county committees on one topic (市县联动, 000). */
public enum JointKind {
    /** 联合调研. */
    RESEARCH,
    /** 联合协商. */
    CONSULTATION,
    /** 联合监督. */
    SUPERVISION
}
