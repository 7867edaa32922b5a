package org.xieshang.domain.outcome;

import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.ConsultationActivityId;
import org.xieshang.domain.shared.NotFoundException;

/** Port: storage of tracked outcome reports. Implementations are thread-safe. */
public interface TrackedOutcomes {

    /**
     * @param activityId the consultation activity, not null
     * @return its tracked report, if handed over
     */
    Optional<TrackedOutcome> find(ConsultationActivityId activityId);

    /**
     * @param outcome the report, carrying the version it was read at (0 if new), not null
     * @return the report as stored, with its new version, never null
     * @throws org.xieshang.domain.shared.ConcurrentUpdateException if it changed since it was read
     */
    TrackedOutcome save(TrackedOutcome outcome);

    /**
     * @param committeeId the committee, not null
     * @param year        the year the reports were handed over
     * @return its reports of that year, newest first; never null
     */
    List<TrackedOutcome> of(CommitteeId committeeId, int year);

    /**
     * @param activityId the consultation activity, not null
     * @return its tracked report, never null
     * @throws NotFoundException {@code not-found.outcome}
     */
    default TrackedOutcome require(ConsultationActivityId activityId) {
        return find(activityId).orElseThrow(() -> new NotFoundException("outcome", null, activityId));
    }
}
