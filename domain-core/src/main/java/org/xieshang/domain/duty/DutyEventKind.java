package org.xieshang.domain.duty;

/**
 * What a duty event (履职事件) records. Each distinct creditable fact is its own kind, so that a scoring
 * scheme maps kinds to points without looking inside events, and statistics count by kind.
 */
public enum DutyEventKind {
    /** 出席全体会议. */
    ATTENDED_PLENARY(Category.ATTENDANCE),
    /** 出席常委会议. */
    ATTENDED_STANDING_MEETING(Category.ATTENDANCE),
    /** 出席主席会议 (列席). */
    ATTENDED_CHAIRMAN_MEETING(Category.ATTENDANCE),
    /** 参加专题、对口、界别协商. */
    ATTENDED_CONSULTATION(Category.ATTENDANCE),
    /** 参加视察、调研、考察. */
    ATTENDED_INSPECTION_OR_RESEARCH(Category.ATTENDANCE),
    /** 参加委员讲堂、读书活动等学习. */
    ATTENDED_STUDY_SESSION(Category.ATTENDANCE),
    /** 参加其他履职活动. */
    ATTENDED_OTHER_ACTIVITY(Category.ATTENDANCE),
    /** 参加培训. */
    TRAINING(Category.TRAINING),
    /** 请假缺席 (approved leave). */
    ABSENT_EXCUSED(Category.ABSENCE),
    /** 无故缺席. */
    ABSENT_UNEXCUSED(Category.ABSENCE),
    /** 领衔提案. */
    PROPOSAL_LEAD(Category.PROPOSAL),
    /** 附议提案. */
    PROPOSAL_COSIGNED(Category.PROPOSAL),
    /** 提案立案. */
    PROPOSAL_FILED(Category.PROPOSAL),
    /** 重点提案. */
    PROPOSAL_KEY(Category.PROPOSAL),
    /** 报送社情民意信息. */
    REPORT_SUBMITTED(Category.SOCIAL_REPORT),
    /** 社情民意信息被采用. */
    REPORT_ADOPTED(Category.SOCIAL_REPORT),
    /** 社情民意信息报送上级: credited once, when an adopted report is first reported to an upper body. */
    REPORT_FORWARDED_UPWARD(Category.SOCIAL_REPORT),
    /** 社情民意信息获领导批示. */
    REPORT_INSTRUCTED(Category.SOCIAL_REPORT),
    /** 大会口头发言. */
    SPEECH_ORAL(Category.SPEECH),
    /** 大会书面发言. */
    SPEECH_WRITTEN(Category.SPEECH),
    /** 调研报告. */
    RESEARCH_REPORT(Category.RESEARCH),
    /** 联系群众、四联系. */
    PUBLIC_CONTACT(Category.CONTACT),
    /** 委员工作站下沉履职. */
    WORKSTATION_DUTY(Category.WORKSTATION),
    /** 受到表彰. */
    COMMENDATION(Category.COMMENDATION),
    /** 受到处分或通报批评. */
    PENALTY(Category.PENALTY);

    /** Groups of kinds, as statistics report them. */
    public enum Category {
        /** 会议活动出席. */
        ATTENDANCE,
        /** 培训. */
        TRAINING,
        /** 缺席. */
        ABSENCE,
        /** 提案. */
        PROPOSAL,
        /** 社情民意. */
        SOCIAL_REPORT,
        /** 大会发言. */
        SPEECH,
        /** 调研成果. */
        RESEARCH,
        /** 联系群众. */
        CONTACT,
        /** 下沉履职. */
        WORKSTATION,
        /** 表彰. */
        COMMENDATION,
        /** 处分. */
        PENALTY
    }

    private static final DutyEventKind[] ALL = values();

    private final Category category;

    DutyEventKind(Category category) {
        this.category = category;
    }

    /** @return the kind's group, never null */
    public Category category() {
        return category;
    }

    /**
     * Whether the event shows the member taking part in duty work, for "at least one duty activity a year" (000):
     * absences and penalties do not.
     *
     * @return true for every kind but absences and penalties
     */
    public boolean isParticipation() {
        return category != Category.ABSENCE && category != Category.PENALTY;
    }

    /** @return how many kinds there are */
    public static int count() {
        return ALL.length;
    }
}
