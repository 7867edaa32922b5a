package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.activity.Invitation;

/** A leave request awaiting a decision, with the activity it is for. */
public class LeaveRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String activityId;
    private final long activityVersion;
    private final String activityTitle;
    private final String when;
    private final String memberId;
    private final String memberName;
    private final String reason;
    private final String requested;
    private String note;

    LeaveRow(DutyActivity activity, Invitation invitation, String memberName) {
        activityId = activity.id().toString();
        activityVersion = activity.version();
        activityTitle = activity.details().title();
        when = Texts.dateTime(activity.details().startsAt());
        memberId = invitation.memberId().toString();
        this.memberName = memberName;
        reason = invitation.leave().orElseThrow().reason();
        requested = Texts.time(invitation.leave().orElseThrow().requestedAt()) + " " + invitation.leave().orElseThrow().requestedBy();
    }

    long activityVersion() {
        return activityVersion;
    }

    public String getActivityId() {
        return activityId;
    }

    public String getActivityTitle() {
        return activityTitle;
    }

    public String getWhen() {
        return when;
    }

    public String getMemberId() {
        return memberId;
    }

    public String getMemberName() {
        return memberName;
    }

    public String getReason() {
        return reason;
    }

    public String getRequested() {
        return requested;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
