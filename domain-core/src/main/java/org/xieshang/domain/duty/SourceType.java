package org.xieshang.domain.duty;

/** The kind of record a duty event comes from. */
public enum SourceType {
    /** A meeting or activity's attendance (履职活动). */
    ACTIVITY,
    /** A proposal (提案). */
    PROPOSAL,
    /** A social-condition report (社情民意信息). */
    SOCIAL_REPORT,
    /** A consultation activity (协商活动). */
    CONSULTATION,
    /** Entered by staff with its evidence (手工登记), such as a speech or a commendation. */
    MANUAL,
    /** Imported from another system; the reference is that system's key. */
    EXTERNAL
}
