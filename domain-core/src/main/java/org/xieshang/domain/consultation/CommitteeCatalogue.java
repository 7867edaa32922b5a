package org.xieshang.domain.consultation;

import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.Guard;

/**
 * The screening catalogue a committee edited for itself, as stored, with its version for optimistic locking.
 * Immutable.
 *
 * @param committeeId the committee, not null
 * @param catalogue   its catalogue, not null
 * @param version     the stored version; 0 if never stored
 */
public record CommitteeCatalogue(CommitteeId committeeId, ScreeningCatalogue catalogue, long version) {

    /** Checks presence. */
    public CommitteeCatalogue {
        Guard.required(committeeId, "committeeId");
        Guard.required(catalogue, "categories");
        Guard.check(version >= 0, "version.negative", "version");
    }
}
