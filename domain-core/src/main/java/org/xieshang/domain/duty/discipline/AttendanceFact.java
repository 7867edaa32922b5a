package org.xieshang.domain.duty.discipline;

import java.time.LocalDate;
import org.xieshang.domain.activity.ActivityId;
import org.xieshang.domain.activity.ActivityKind;
import org.xieshang.domain.activity.Attendance;
import org.xieshang.domain.shared.Guard;

/**
 * One invitation of a member as rules and statistics read it. Immutable and thread-safe.
 *
 * @param activityId the activity, not null
 * @param kind       its kind, not null
 * @param day        the day it started, not null
 * @param title      its title, not null
 * @param obligatory whether the member had to attend
 * @param attendance how it ended, not null
 * @param standing   whether the member held a standing role that day
 */
public record AttendanceFact(ActivityId activityId, ActivityKind kind, LocalDate day, String title, boolean obligatory, Attendance attendance,
                             boolean standing) {

    /** Rejects nulls. */
    public AttendanceFact {
        Guard.required(activityId, "activityId");
        Guard.required(kind, "kind");
        Guard.required(day, "day");
        Guard.required(title, "title");
        Guard.required(attendance, "attendance");
    }
}
