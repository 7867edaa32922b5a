package org.xieshang.domain.workstation;

/** How a member is attached to a workstation (001, Longxi). */
public enum PostingType {
    /** 住地委员: lives in the township or street. */
    RESIDENT,
    /** 下沉委员: sent down from elsewhere to serve there. */
    SENT_DOWN,
    /** 界别委员: posted for their sector's work. */
    SECTOR
}
