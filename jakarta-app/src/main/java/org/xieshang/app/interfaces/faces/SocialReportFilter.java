package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import java.util.Set;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.proposal.ProposalCategory;
import org.xieshang.domain.socialreport.SocialReportQuery;
import org.xieshang.domain.socialreport.SocialReportStatus;

/**
 * What the information office's desk lists: a committee's year, in one status or all, in one category or all. The
 * service leaves the members' drafts out. Immutable.
 *
 * @param committeeId the committee, as text (identifiers are not serializable, view state is)
 * @param year        the year
 * @param status      the status chosen, or null for all
 * @param category    the category chosen (the member's own), or null for all
 */
record SocialReportFilter(String committeeId, int year, SocialReportStatus status, ProposalCategory category) implements Serializable {

    /** @return the same filter in another status, null for all */
    SocialReportFilter inStatus(SocialReportStatus other) {
        return new SocialReportFilter(committeeId, year, other, category);
    }

    SocialReportQuery query() {
        SocialReportQuery all = SocialReportQuery.of(CommitteeId.parse(committeeId), year);
        SocialReportQuery inStatus = status == null ? all : all.inStatus(Set.of(status));
        return category == null ? inStatus : inStatus.inCategory(category);
    }
}
