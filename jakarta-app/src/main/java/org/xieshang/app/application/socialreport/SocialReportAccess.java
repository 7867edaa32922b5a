package org.xieshang.app.application.socialreport;

import static org.xieshang.domain.security.Permission.PROPOSAL_READ;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.AccessDeniedException;
import org.xieshang.app.application.security.CurrentUser;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.security.Target;
import org.xieshang.domain.socialreport.SocialReport;
import org.xieshang.domain.socialreport.SocialReportQuery;
import org.xieshang.domain.socialreport.SocialReportStatus;

/**
 * Who may see and touch which social-condition report. A report's target is the signed-in member's own record when the
 * member wrote it (as submitter or co-author), and otherwise its committee: so members reach their own reports and
 * staff and leaders their committee's. Reports are never assigned to handling units.
 */
@ApplicationScoped
public class SocialReportAccess {

    @Inject
    CurrentUser user;

    @Inject
    AccessControl access;

    /**
     * @param report a report, not null
     * @return the target to check a permission on, never null
     */
    public Target targetOf(SocialReport report) {
        return user.subject().memberId().filter(report::concerns).map(me -> Target.memberRecord(report.committeeId(), me))
                .orElseGet(() -> Target.committee(report.committeeId()));
    }

    /**
     * Narrows a listing to what the user may read: a member's own reports with their drafts, or the committee's without
     * drafts (a draft is its member's own until handed in).
     *
     * @param query the listing asked for, not null
     * @return the query the user may run; empty when it can match nothing the user may read (only drafts of others)
     * @throws AccessDeniedException if the user may read none of it
     */
    public Optional<SocialReportQuery> readable(SocialReportQuery query) {
        CommitteeId committeeId = query.committeeId();
        Optional<MemberId> me = user.subject().memberId().filter(m -> access.allows(PROPOSAL_READ, Target.memberRecord(committeeId, m)));
        if (me.isPresent() && query.memberId().equals(me)) {
            return Optional.of(query);
        }
        if (access.allows(PROPOSAL_READ, Target.committee(committeeId))) {
            Set<SocialReportStatus> wanted = query.statuses().isEmpty() ? EnumSet.allOf(SocialReportStatus.class) : EnumSet.copyOf(query.statuses());
            wanted.remove(SocialReportStatus.DRAFT);
            return wanted.isEmpty() ? Optional.empty() : Optional.of(query.inStatus(wanted));
        }
        if (me.isPresent() && query.memberId().isEmpty()) {
            return Optional.of(query.concerning(me.get()));
        }
        access.require(PROPOSAL_READ, Target.committee(committeeId));
        throw new AccessDeniedException("access.no-permission");
    }
}
