package org.xieshang.domain.duty;

/** Kinds of duty reports members write. */
public enum DutyReportKind {
    /** 委员年度履职报告 (004 §11): every member, every year. */
    ANNUAL_REPORT,
    /** 常委述职报告 (000, 002): standing members. */
    STANDING_MEMBER_REPORT
}
