package org.xieshang.domain.consultation;

import java.util.List;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.Guard;

/**
 * City–county linkage on one activity: what is done jointly and with which county committees. Immutable.
 *
 * @param kind     research, consultation or supervision, not null
 * @param counties the county committees taking part, at least one, no repeats
 */
public record JointWork(JointKind kind, List<CommitteeId> counties) {

    /** Validates and copies. */
    public JointWork {
        Guard.required(kind, "kind");
        counties = List.copyOf(Guard.required(counties, "counties"));
        Guard.check(!counties.isEmpty(), "joint.counties.required", "counties");
        Guard.check(counties.stream().distinct().count() == counties.size(), "joint.counties.duplicate", "counties");
    }
}
