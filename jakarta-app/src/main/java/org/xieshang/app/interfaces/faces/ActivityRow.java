package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import org.xieshang.domain.activity.Attendance;
import org.xieshang.domain.activity.DutyActivity;

/** A line of the activity list. */
public class ActivityRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String kind;
    private final String title;
    private final String when;
    private final String organiser;
    private final String audience;
    private final int invited;
    private final String attendance;
    private final int pendingLeave;

    ActivityRow(DutyActivity a) {
        id = a.id().toString();
        kind = Texts.label(a.kind());
        title = a.details().title();
        when = Texts.dateTime(a.details().startsAt());
        organiser = a.details().organiser();
        audience = Texts.label(a.details().audience().kind()) + (a.details().audience().obligatory() ? "" : Texts.text("activity.optional"));
        invited = a.invitations().size();
        attendance = a.attendanceTaken() ? Texts.text("activity.attendance.summary", count(a, Attendance.PRESENT), count(a, Attendance.EXCUSED),
                count(a, Attendance.UNEXCUSED)) : Texts.text("activity.attendance.none");
        pendingLeave = a.pendingLeave().size();
    }

    private static long count(DutyActivity a, Attendance attendance) {
        return a.invitations().stream().filter(i -> i.attendance() == attendance).count();
    }

    public String getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getWhen() {
        return when;
    }

    public String getOrganiser() {
        return organiser;
    }

    public String getAudience() {
        return audience;
    }

    public int getInvited() {
        return invited;
    }

    public String getAttendance() {
        return attendance;
    }

    public int getPendingLeave() {
        return pendingLeave;
    }
}
