package org.xieshang.domain.activity;

import java.time.LocalDate;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.Guard;

/**
 * Which activities to list, latest first. Immutable and thread-safe.
 *
 * @param committeeId    the committee, not null
 * @param fromInclusive  first day, not null
 * @param untilInclusive last day, not null
 * @param kind           only this kind, if given
 */
public record ActivityQuery(CommitteeId committeeId, LocalDate fromInclusive, LocalDate untilInclusive, Optional<ActivityKind> kind) {

    /** Validates every field. */
    public ActivityQuery {
        Guard.required(committeeId, "committeeId");
        Guard.required(fromInclusive, "from");
        Guard.required(untilInclusive, "until");
        Guard.check(!untilInclusive.isBefore(fromInclusive), "period.dates.reversed", "until");
        Guard.required(kind, "kind");
    }

    /**
     * @param committeeId the committee, not null
     * @param year        a calendar year
     * @return all of the committee's activities that year, never null
     */
    public static ActivityQuery ofYear(CommitteeId committeeId, int year) {
        return new ActivityQuery(committeeId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Optional.empty());
    }

    /**
     * @param activity an activity, not null
     * @return whether it matches
     */
    public boolean matches(DutyActivity activity) {
        return activity.committeeId().equals(committeeId) && !activity.day().isBefore(fromInclusive) && !activity.day().isAfter(untilInclusive)
                && kind.map(k -> k == activity.kind()).orElse(true);
    }
}
