package org.xieshang.domain.activity;

import java.util.Optional;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.Guard;

/**
 * One member's invitation to an activity and how it ended. Immutable and thread-safe.
 *
 * @param memberId   the member, not null
 * @param obligatory whether the member must attend (应出席)
 * @param attendance how it ended, not null
 * @param leave      the member's leave request, if any
 */
public record Invitation(MemberId memberId, boolean obligatory, Attendance attendance, Optional<LeaveRequest> leave) {

    /** Validates that an excused absence rests on approved leave. */
    public Invitation {
        Guard.required(memberId, "memberId");
        Guard.required(attendance, "attendance");
        Guard.required(leave, "leave");
        Guard.check(attendance != Attendance.EXCUSED || leave.map(LeaveRequest::isApproved).orElse(false), "attendance.excused.needs-leave",
                "attendance");
    }

    /**
     * @param memberId   the member, not null
     * @param obligatory whether attendance is obligatory
     * @return a fresh invitation, never null
     */
    public static Invitation of(MemberId memberId, boolean obligatory) {
        return new Invitation(memberId, obligatory, Attendance.NOT_RECORDED, Optional.empty());
    }

    Invitation withLeave(LeaveRequest request) {
        return new Invitation(memberId, obligatory, attendance.isAbsence() ? absence(request) : attendance, Optional.of(request));
    }

    Invitation marked(boolean present) {
        return new Invitation(memberId, obligatory, present ? Attendance.PRESENT : absence(leave.orElse(null)), leave);
    }

    private static Attendance absence(LeaveRequest leave) {
        return leave != null && leave.isApproved() ? Attendance.EXCUSED : Attendance.UNEXCUSED;
    }
}
