package org.xieshang.domain.consultation;

import org.xieshang.domain.activity.ActivityKind;
import org.xieshang.domain.activity.AudienceKind;

/**
 * How a topic is consulted (协商形式, 000, 003), with the members a form invites unless the work plan says otherwise.
 */
public enum ConsultationForm {
    /** 全体会议协商: the leading form. */
    PLENARY_SESSION(AudienceKind.ALL_MEMBERS),
    /** 专题议政性常委会议. */
    STANDING_COMMITTEE_SPECIAL_TOPIC(AudienceKind.STANDING_MEMBERS),
    /** 专题协商. */
    SPECIAL_CONSULTATION(AudienceKind.INVITED),
    /** 对口协商: a special committee with its counterpart department. */
    COUNTERPART_CONSULTATION(AudienceKind.SPECIAL_COMMITTEE),
    /** 界别协商: the sector's members. */
    SECTOR_CONSULTATION(AudienceKind.SECTOR),
    /** 提案办理协商. */
    PROPOSAL_HANDLING_CONSULTATION(AudienceKind.INVITED),
    /** 网络议政. */
    ONLINE_DELIBERATION(AudienceKind.ALL_MEMBERS),
    /** 远程协商. */
    REMOTE_CONSULTATION(AudienceKind.INVITED),
    /** 委员自选议题. */
    MEMBER_CHOSEN_TOPIC(AudienceKind.INVITED),
    /** 市县联合协商. */
    CITY_COUNTY_JOINT(AudienceKind.INVITED),
    /** 请你来协商 (grassroots). */
    PLEASE_COME_AND_CONSULT(AudienceKind.INVITED),
    /** 有事好商量 (grassroots). */
    TALK_IT_OVER(AudienceKind.INVITED),
    /** 民生议事堂 (grassroots). */
    LIVELIHOOD_HALL(AudienceKind.INVITED),
    /** 小院议事 (grassroots). */
    COURTYARD_DELIBERATION(AudienceKind.INVITED);

    private final AudienceKind defaultAudience;

    ConsultationForm(AudienceKind defaultAudience) {
        this.defaultAudience = defaultAudience;
    }

    /** @return whom the form invites by default (a sector consultation, that sector's members), never null */
    public AudienceKind defaultAudience() {
        return defaultAudience;
    }

    /** @return the kind of duty activity its meeting is, for attendance and the duty files; never null */
    public ActivityKind meetingKind() {
        return switch (this) {
            case PLENARY_SESSION -> ActivityKind.PLENARY_SESSION;
            case STANDING_COMMITTEE_SPECIAL_TOPIC -> ActivityKind.STANDING_COMMITTEE_MEETING;
            case COUNTERPART_CONSULTATION -> ActivityKind.COUNTERPART_CONSULTATION;
            case SECTOR_CONSULTATION -> ActivityKind.SECTOR_CONSULTATION;
            default -> ActivityKind.SPECIAL_CONSULTATION;
        };
    }

    /** @return whether it is one of the grassroots forms, where residents and stakeholders take part */
    public boolean isGrassroots() {
        return ordinal() >= PLEASE_COME_AND_CONSULT.ordinal();
    }
}
