package org.xieshang.app.interfaces.faces;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;
import org.xieshang.domain.socialreport.SocialReportQuery;
import org.xieshang.domain.socialreport.SocialReportStatus;

/**
 * The desk's figures: how many of the year's reports stand in each status the office sees. They follow the category
 * chosen but not the status chosen, so that every figure stays visible and clicking one lists exactly that many.
 */
final class SocialReportTally {

    /** Every status but the draft: a draft is its member's own until handed in. */
    static final List<SocialReportStatus> LISTED = Arrays.stream(SocialReportStatus.values()).filter(s -> s != SocialReportStatus.DRAFT).toList();

    private SocialReportTally() {
    }

    /**
     * @param filter  what the desk shows now
     * @param counter how many reports a query finds (one count per status, not the reports themselves)
     * @return a figure per listed status, in the life cycle's order, zeros included
     */
    static List<ReportStatusCount> count(SocialReportFilter filter, ToLongFunction<SocialReportQuery> counter) {
        return LISTED.stream().map(s -> new ReportStatusCount(s, counter.applyAsLong(filter.inStatus(s).query()), s == filter.status())).toList();
    }

    /** @return the reports in all the figures: the year's reports in the category chosen */
    static long total(List<ReportStatusCount> counts) {
        return counts.stream().mapToLong(ReportStatusCount::getCount).sum();
    }
}
