package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.activity.Invitation;
import org.xieshang.domain.activity.LeaveStatus;
import org.xieshang.domain.member.MemberId;

/** One of a member's own invitations, with the leave they may still ask for. */
public class MyInvitationRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String activityId;
    private final String title;
    private final String kind;
    private final String when;
    private final boolean obligatory;
    private final String attendance;
    private final String leave;
    private final boolean leaveAllowed;
    private String reason;

    MyInvitationRow(DutyActivity activity, MemberId memberId, LocalDateTime now) {
        Invitation invitation = activity.invitation(memberId).orElseThrow();
        activityId = activity.id().toString();
        title = activity.details().title();
        kind = Texts.label(activity.kind());
        when = Texts.dateTime(activity.details().startsAt());
        obligatory = invitation.obligatory();
        attendance = Texts.label(invitation.attendance());
        leave = invitation.leave().map(l -> Texts.label(l.status()) + " · " + l.reason() + l.note().map(n -> " · " + n).orElse("")).orElse("");
        leaveAllowed = now.isBefore(activity.details().startsAt())
                && invitation.leave().map(l -> l.status() == LeaveStatus.REFUSED).orElse(true);
    }

    public String getActivityId() {
        return activityId;
    }

    public String getTitle() {
        return title;
    }

    public String getKind() {
        return kind;
    }

    public String getWhen() {
        return when;
    }

    public boolean isObligatory() {
        return obligatory;
    }

    public String getAttendance() {
        return attendance;
    }

    public String getLeave() {
        return leave;
    }

    public boolean isLeaveAllowed() {
        return leaveAllowed;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
