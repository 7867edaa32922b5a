package org.xieshang.domain.activity;

import org.xieshang.domain.duty.DutyEventKind;

/** Kinds of meetings and duty activities (履职活动) a committee organises. */
public enum ActivityKind {
    /** 全体会议. */
    PLENARY_SESSION(DutyEventKind.ATTENDED_PLENARY),
    /** 常务委员会会议: standing members only. */
    STANDING_COMMITTEE_MEETING(DutyEventKind.ATTENDED_STANDING_MEETING),
    /** 主席会议. */
    CHAIRMAN_MEETING(DutyEventKind.ATTENDED_CHAIRMAN_MEETING),
    /** 专题协商会. */
    SPECIAL_CONSULTATION(DutyEventKind.ATTENDED_CONSULTATION),
    /** 对口协商. */
    COUNTERPART_CONSULTATION(DutyEventKind.ATTENDED_CONSULTATION),
    /** 界别协商. */
    SECTOR_CONSULTATION(DutyEventKind.ATTENDED_CONSULTATION),
    /** 视察. */
    INSPECTION(DutyEventKind.ATTENDED_INSPECTION_OR_RESEARCH),
    /** 调研、考察. */
    RESEARCH_TRIP(DutyEventKind.ATTENDED_INSPECTION_OR_RESEARCH),
    /** 培训. */
    TRAINING(DutyEventKind.TRAINING),
    /** 委员讲堂、读书活动. */
    STUDY_SESSION(DutyEventKind.ATTENDED_STUDY_SESSION),
    /** 委员工作站（室）活动. */
    WORKSTATION_ACTIVITY(DutyEventKind.WORKSTATION_DUTY),
    /** 其他履职活动. */
    OTHER(DutyEventKind.ATTENDED_OTHER_ACTIVITY);

    private final DutyEventKind attendanceEvent;

    ActivityKind(DutyEventKind attendanceEvent) {
        this.attendanceEvent = attendanceEvent;
    }

    /** @return the duty event that attending credits, never null */
    public DutyEventKind attendanceEvent() {
        return attendanceEvent;
    }
}
