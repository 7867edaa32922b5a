package org.xieshang.domain.duty.discipline;

import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;

/** Storage port for committees' discipline policies. Implementations must pass {@code DutyContract} from the test kit. */
public interface DisciplinePolicies {

    /**
     * @param committeeId the committee, not null
     * @return its policy, if it chose one
     */
    Optional<DisciplinePolicy> find(CommitteeId committeeId);

    /**
     * @param policy the policy as read and changed (version 0 if new), not null
     * @return the stored policy, never null
     * @throws org.xieshang.domain.shared.ConcurrentUpdateException if the stored version differs
     */
    DisciplinePolicy save(DisciplinePolicy policy);
}
