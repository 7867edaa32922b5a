package org.xieshang.domain.consultation;

import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.NotFoundException;

/** Port: storage of consultation activities. Implementations are thread-safe. */
public interface ConsultationActivities {

    /**
     * @param id an identifier, not null
     * @return the activity, if stored
     */
    Optional<ConsultationActivity> find(ConsultationActivityId id);

    /**
     * @param activity the activity, carrying the version it was read at (0 if new), not null
     * @return the activity as stored, with its new version, never null
     * @throws org.xieshang.domain.shared.ConcurrentUpdateException if it changed since it was read
     */
    ConsultationActivity save(ConsultationActivity activity);

    /**
     * @param committeeId a committee, not null
     * @param year        a plan year
     * @return the activities it leads or takes part in (joint work) for that year, by title; never null
     */
    List<ConsultationActivity> ofCommittee(CommitteeId committeeId, int year);

    /**
     * @param id an identifier, not null
     * @return the activity, never null
     * @throws NotFoundException {@code not-found.consultation-activity}
     */
    default ConsultationActivity require(ConsultationActivityId id) {
        return find(id).orElseThrow(() -> new NotFoundException("consultation-activity", "activityId", id));
    }
}
