package org.xieshang.domain.consultation;

import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;

/** Port: storage of public calls' submissions, found by receipt number. Implementations are thread-safe. */
public interface PublicSubmissions {

    /**
     * @param receipt a receipt number, not null
     * @return the submission, if any
     */
    Optional<PublicSubmission> find(ReceiptNumber receipt);

    /**
     * @param submission the submission, carrying the version it was read at (0 if new), not null
     * @return the submission as stored, never null
     * @throws org.xieshang.domain.shared.ConcurrentUpdateException if it changed since it was read
     */
    PublicSubmission save(PublicSubmission submission);

    /**
     * @param committeeId the committee, not null
     * @param year        the plan year
     * @return its submissions of that year, oldest first; never null
     */
    List<PublicSubmission> of(CommitteeId committeeId, int year);
}
