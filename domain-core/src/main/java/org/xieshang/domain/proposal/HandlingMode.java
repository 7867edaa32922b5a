package org.xieshang.domain.proposal;

/** How a proposal is handled (001, Anding: 重点提案重点办理、共性提案打包办理、难点提案专门办理、综合性提案联合办理). */
public enum HandlingMode {
    /** 单独办理: on its own. */
    SEPARATE,
    /** 打包办理: with other common proposals as one bundle, by the same units to the same deadline. */
    BUNDLED,
    /** 联合办理: a comprehensive proposal handled jointly by several units (会办). */
    JOINT,
    /** 专门办理: a hard proposal handled specially. */
    SPECIAL
}
