package org.xieshang.domain.socialreport;

import java.util.Optional;
import java.util.Set;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.proposal.ProposalCategory;
import org.xieshang.domain.shared.Guard;

/**
 * Which social-condition reports to list: a committee's year, narrowed by any of the filters. Results come in the order
 * they were handed in, drafts last. Immutable and thread-safe.
 *
 * @param committeeId the committee, not null
 * @param year        the year
 * @param statuses    only these statuses; empty for all
 * @param memberId    only those this member wrote, alone or as a co-author
 * @param category    only this category (the member's own, not the edited one)
 */
public record SocialReportQuery(CommitteeId committeeId, int year, Set<SocialReportStatus> statuses, Optional<MemberId> memberId,
                                Optional<ProposalCategory> category) {

    /** Validates every part. */
    public SocialReportQuery {
        Guard.required(committeeId, "committeeId");
        statuses = Set.copyOf(Guard.required(statuses, "statuses"));
        Guard.required(memberId, "memberId");
        Guard.required(category, "category");
    }

    /**
     * @param committeeId the committee, not null
     * @param year        the year
     * @return every report of that year, never null
     */
    public static SocialReportQuery of(CommitteeId committeeId, int year) {
        return new SocialReportQuery(committeeId, year, Set.of(), Optional.empty(), Optional.empty());
    }

    /**
     * @param wanted the statuses, not null; empty for all
     * @return this query narrowed, never null
     */
    public SocialReportQuery inStatus(Set<SocialReportStatus> wanted) {
        return new SocialReportQuery(committeeId, year, wanted, memberId, category);
    }

    /**
     * @param member the member, not null
     * @return this query narrowed to the member's reports, never null
     */
    public SocialReportQuery concerning(MemberId member) {
        return new SocialReportQuery(committeeId, year, statuses, Optional.of(Guard.required(member, "memberId")), category);
    }

    /**
     * @param wanted the category, not null
     * @return this query narrowed, never null
     */
    public SocialReportQuery inCategory(ProposalCategory wanted) {
        return new SocialReportQuery(committeeId, year, statuses, memberId, Optional.of(Guard.required(wanted, "category")));
    }

    /**
     * @param report a report, not null
     * @return whether it matches every filter
     */
    public boolean matches(SocialReport report) {
        return report.committeeId().equals(committeeId) && report.year() == year
                && (statuses.isEmpty() || statuses.contains(report.status()))
                && memberId.map(report::concerns).orElse(true)
                && category.map(c -> c == report.content().category()).orElse(true);
    }
}
