package org.xieshang.domain.duty.statistics;

import org.xieshang.domain.duty.discipline.AttendanceSummary;
import org.xieshang.domain.shared.Guard;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;

/**
 * A special committee's activities in a quarter and the attendance at them. Immutable and thread-safe.
 *
 * @param specialCommitteeId the organising special committee, not null
 * @param activities         how many activities it organised
 * @param attendance         attendance of the obliged invitees, not null
 */
public record OrganiserRow(SpecialCommitteeId specialCommitteeId, int activities, AttendanceSummary attendance) {

    /** Rejects nulls. */
    public OrganiserRow {
        Guard.required(specialCommitteeId, "specialCommitteeId");
        Guard.required(attendance, "attendance");
    }
}
