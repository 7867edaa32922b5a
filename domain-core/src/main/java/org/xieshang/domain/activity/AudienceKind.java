package org.xieshang.domain.activity;

/** Who an activity is for. */
public enum AudienceKind {
    /** 全体委员. */
    ALL_MEMBERS,
    /** 常委. */
    STANDING_MEMBERS,
    /** 一个界别的委员. */
    SECTOR,
    /** 一个专门委员会的委员 (the organiser names them). */
    SPECIAL_COMMITTEE,
    /** 特邀委员: named one by one. */
    INVITED
}
