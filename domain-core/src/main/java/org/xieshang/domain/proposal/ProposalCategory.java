package org.xieshang.domain.proposal;

/** The field a proposal concerns, as committees group them in statistics (提案分类). */
public enum ProposalCategory {
    /** 经济发展. */
    ECONOMY,
    /** 农业农村. */
    AGRICULTURE,
    /** 城乡建设与管理. */
    URBAN_DEVELOPMENT,
    /** 生态环境. */
    ECOLOGY,
    /** 教育科技. */
    EDUCATION_SCIENCE,
    /** 医疗卫生. */
    HEALTH,
    /** 文化旅游. */
    CULTURE_TOURISM,
    /** 社会保障与民生. */
    SOCIAL_WELFARE,
    /** 政治法治与社会治理. */
    GOVERNANCE,
    /** 其他. */
    OTHER
}
