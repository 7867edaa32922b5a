package org.xieshang.domain.socialreport;

import java.util.Optional;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/** Port: storage of social-condition reports. Implementations are thread-safe. */
public interface SocialReports {

    /**
     * @param id an identifier, not null
     * @return the report, if stored
     */
    Optional<SocialReport> find(SocialReportId id);

    /**
     * @param report the report, carrying the version it was read at (0 if new), not null
     * @return the report as stored, with its new version, never null
     * @throws org.xieshang.domain.shared.ConcurrentUpdateException if it changed since it was read
     */
    SocialReport save(SocialReport report);

    /**
     * @param query   what to list, not null
     * @param request which page, not null
     * @return the page, in the order the reports were handed in (drafts last), then by title; never null
     */
    Page<SocialReport> search(SocialReportQuery query, PageRequest request);

    /**
     * @param id an identifier, not null
     * @return the report, never null
     * @throws NotFoundException {@code not-found.social-report}
     */
    default SocialReport require(SocialReportId id) {
        return find(id).orElseThrow(() -> new NotFoundException("social-report", null, id));
    }
}
