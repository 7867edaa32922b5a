package org.xieshang.domain.duty;

import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/** Storage port for duty reports. Implementations must pass {@code DutyContract} from the test kit. */
public interface DutyReports {

    /**
     * @param id the identifier, not null
     * @return the report, if stored
     */
    Optional<DutyReport> find(DutyReportId id);

    /**
     * @param memberId the member, not null
     * @param year     the year
     * @param kind     the kind, not null
     * @return the member's report of that kind for that year, if written
     */
    Optional<DutyReport> find(MemberId memberId, int year, DutyReportKind kind);

    /**
     * @param report the report as read and changed (version 0 if new), not null
     * @return the stored report, never null
     * @throws org.xieshang.domain.shared.ConcurrentUpdateException if the stored version differs
     * @throws org.xieshang.domain.shared.DuplicateException {@code report.duplicate} for a second report of a kind per
     *                                                      member and year
     */
    DutyReport save(DutyReport report);

    /**
     * @param committeeId the committee, not null
     * @param year        the year
     * @param status      only this status, or null for all
     * @param request     which page, not null
     * @return the page, oldest submission first; never null
     */
    Page<DutyReport> search(CommitteeId committeeId, int year, DutyReportStatus status, PageRequest request);

    /**
     * @param id the identifier, not null
     * @return the report, never null
     * @throws NotFoundException if it is not stored
     */
    default DutyReport require(DutyReportId id) {
        return find(id).orElseThrow(() -> new NotFoundException("duty-report", null, id));
    }
}
