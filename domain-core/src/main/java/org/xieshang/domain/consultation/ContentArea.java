package org.xieshang.domain.consultation;

/** What a topic is about: the content areas of consultation in 000. */
public enum ContentArea {
    /** 重要文件和重大决策. */
    MAJOR_DOCUMENTS_AND_DECISIONS,
    /** 改革. */
    REFORM,
    /** 就业. */
    EMPLOYMENT,
    /** 社会保障. */
    SOCIAL_SECURITY,
    /** 教育. */
    EDUCATION,
    /** 公共卫生. */
    PUBLIC_HEALTH,
    /** 住房. */
    HOUSING,
    /** 收入分配. */
    INCOME,
    /** 各党派参加人民政协工作的共同性事务. */
    COMMON_AFFAIRS_OF_THE_PARTIES,
    /** 政协内部的重要事务. */
    INTERNAL_AFFAIRS,
    /** 有关爱国统一战线的重要问题. */
    UNITED_FRONT
}
