package org.xieshang.domain.committee;

/**
 * What kind of body a handling unit (承办单位) is. Proposals go mostly to government departments, but also to
 * Party departments, the courts and procuratorates, people's organisations and enterprises or institutions;
 * the kind lets the committee count answers per kind of unit.
 */
public enum HandlingUnitKind {
    /** 党委部门, such as 市委宣传部. */
    PARTY_DEPARTMENT,
    /** 政府部门, such as 市教育局. */
    GOVERNMENT_DEPARTMENT,
    /** 法院检察院: the people's courts and procuratorates. */
    JUDICIAL,
    /** 人民团体, such as 市总工会 or 团市委. */
    PEOPLES_ORGANISATION,
    /** 企事业单位, such as a utility or a hospital. */
    ENTERPRISE_OR_INSTITUTION,
    /** Any other body. */
    OTHER
}
