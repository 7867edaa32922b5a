package org.xieshang.domain.proposal;

/** Why a proposal is not filed, as the filing rules of committees list them (不予立案的情形). */
public enum NotFiledReason {
    /** 不属于本级政协提案范围. */
    OUTSIDE_REMIT,
    /** 涉及党和国家秘密. */
    STATE_SECRETS,
    /** 涉及诉讼、仲裁、纪检监察或司法个案. */
    LEGAL_CASE,
    /** 属于个人或家庭事务. */
    PERSONAL_MATTER,
    /** 属于民主党派、人民团体内部事务. */
    INTERNAL_AFFAIRS,
    /** 缺乏具体建议或内容空泛. */
    NO_CONCRETE_SUGGESTION,
    /** 已有明确答复或正在落实, 无新情况新建议. */
    ALREADY_ANSWERED,
    /** 其他. */
    OTHER
}
