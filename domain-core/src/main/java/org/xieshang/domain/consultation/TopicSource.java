package org.xieshang.domain.consultation;

/** Where a topic came from (000, 002). */
public enum TopicSource {
    /** 党政领导点题: assigned by Party or government leaders. */
    LEADER_ASSIGNED,
    /** 部门选题: chosen by a department. */
    DEPARTMENT_CHOSEN,
    /** 委员和群众征题: proposed by members or residents. */
    PROPOSED,
    /** 面向社会征集议题: submitted in an open public call. */
    PUBLIC_CALL
}
