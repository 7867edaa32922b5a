package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import org.xieshang.domain.activity.Invitation;
import org.xieshang.domain.activity.LeaveStatus;

/** A line of the attendance checklist: the invitee, their leave, and the presence staff tick. */
public class InvitationRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String memberId;
    private final String name;
    private final boolean obligatory;
    private final String attendance;
    private final String leaveStatus;
    private final String leaveReason;
    private final boolean leavePending;
    private final boolean leaveApproved;
    private Boolean present;
    private String note;

    InvitationRow(Invitation invitation, String name) {
        memberId = invitation.memberId().toString();
        this.name = name;
        obligatory = invitation.obligatory();
        attendance = Texts.label(invitation.attendance());
        leaveStatus = invitation.leave().map(l -> Texts.label(l.status())).orElse("");
        leaveReason = invitation.leave().map(l -> l.reason()).orElse("");
        leavePending = invitation.leave().map(l -> l.status() == LeaveStatus.REQUESTED).orElse(false);
        leaveApproved = invitation.leave().map(l -> l.isApproved()).orElse(false);
        present = switch (invitation.attendance()) {
            case PRESENT -> Boolean.TRUE;
            case EXCUSED, UNEXCUSED -> Boolean.FALSE;
            case NOT_RECORDED -> null;
        };
    }

    public String getMemberId() {
        return memberId;
    }

    public String getName() {
        return name;
    }

    public boolean isObligatory() {
        return obligatory;
    }

    public String getAttendance() {
        return attendance;
    }

    public String getLeaveStatus() {
        return leaveStatus;
    }

    public String getLeaveReason() {
        return leaveReason;
    }

    public boolean isLeavePending() {
        return leavePending;
    }

    public boolean isLeaveApproved() {
        return leaveApproved;
    }

    public Boolean getPresent() {
        return present;
    }

    public void setPresent(Boolean present) {
        this.present = present;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
