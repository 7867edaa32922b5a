package org.xieshang.domain.consultation;

/** Who takes part in a consultation (001). */
public enum ParticipantKind {
    /** 政协委员: credited in their duty file. */
    MEMBER,
    /** 专家学者. */
    EXPERT,
    /** 部门负责人. */
    DEPARTMENT_HEAD,
    /** 党政领导. */
    LEADER,
    /** 居民群众, in grassroots forms. */
    RESIDENT,
    /** 利益相关方代表. */
    STAKEHOLDER
}
