package org.xieshang.domain.duty.discipline;

import java.util.Optional;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/** Storage port for findings. Implementations must pass {@code DutyContract} from the test kit. */
public interface Findings {

    /**
     * @param id the identifier, not null
     * @return the finding, if stored
     */
    Optional<Finding> find(FindingId id);

    /**
     * @param memberId the member, not null
     * @param kind     the kind, not null
     * @param year     the year
     * @return the member's finding of that kind for that year, if any
     */
    Optional<Finding> find(MemberId memberId, FindingKind kind, int year);

    /**
     * @param finding the finding as read and changed (version 0 if new), not null
     * @return the stored finding, never null
     * @throws org.xieshang.domain.shared.ConcurrentUpdateException if the stored version differs
     * @throws org.xieshang.domain.shared.DuplicateException {@code finding.duplicate} for a second finding of a kind per
     *                                                      member and year
     */
    Finding save(Finding finding);

    /**
     * @param query   which findings, not null
     * @param request which page, not null
     * @return the page, newest first, never null
     */
    Page<Finding> search(FindingQuery query, PageRequest request);

    /**
     * @param id the identifier, not null
     * @return the finding, never null
     * @throws NotFoundException if it is not stored
     */
    default Finding require(FindingId id) {
        return find(id).orElseThrow(() -> new NotFoundException("finding", null, id));
    }
}
