package org.xieshang.domain.consultation;

import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.NotFoundException;

/** Port: storage of annual consultation plans, one per committee and year. Implementations are thread-safe. */
public interface ConsultationPlans {

    /**
     * @param committeeId the committee, not null
     * @param year        the year
     * @return its plan of that year, if drawn up
     */
    Optional<ConsultationPlan> find(CommitteeId committeeId, int year);

    /**
     * @param plan the plan, carrying the version it was read at (0 if new), not null
     * @return the plan as stored, with its new version, never null
     * @throws org.xieshang.domain.shared.ConcurrentUpdateException if it changed since it was read, or a new plan's year is taken
     */
    ConsultationPlan save(ConsultationPlan plan);

    /**
     * @param committeeId the committee, not null
     * @param year        the year
     * @return the plan, never null
     * @throws NotFoundException {@code not-found.consultation-plan}
     */
    default ConsultationPlan require(CommitteeId committeeId, int year) {
        return find(committeeId, year).orElseThrow(() -> new NotFoundException("consultation-plan", null, year));
    }
}
