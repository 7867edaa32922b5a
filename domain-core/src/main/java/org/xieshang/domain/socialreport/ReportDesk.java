package org.xieshang.domain.socialreport;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.duty.DutyEventPublisher;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.notification.Notifier;
import org.xieshang.domain.shared.Guard;

/**
 * The member's use cases for social-condition reports: write a draft (alone or with co-authors), revise it, hand it in,
 * or take it back before the office edits it. The first submission credits the submitter's duty file; a withdrawal takes
 * the credit back. Every change names the version the caller read. Thread-safe if its ports are.
 */
public final class ReportDesk {

    private final ReportChanges changes;
    private final Members members;

    /**
     * @param reports  report storage, not null
     * @param members  member storage, to check the submitter and co-authors, not null
     * @param duty     the duty-event port, not null
     * @param notifier where notices go, not null
     * @param clock    the committee's clock, not null
     */
    public ReportDesk(SocialReports reports, Members members, DutyEventPublisher duty, Notifier notifier, Clock clock) {
        this.changes = new ReportChanges(Objects.requireNonNull(reports, "reports"), Objects.requireNonNull(duty, "duty"),
                Objects.requireNonNull(notifier, "notifier"), Objects.requireNonNull(clock, "clock"));
        this.members = Objects.requireNonNull(members, "members");
    }

    /**
     * @param committeeId the committee, not null
     * @param year        the year it counts for
     * @param submitter   a member of the committee, not null
     * @param coAuthors   other members of the committee, not null, may be empty
     * @param content     what it says, not null
     * @return the draft as stored, never null
     */
    public SocialReport draft(CommitteeId committeeId, int year, MemberId submitter, List<MemberId> coAuthors, ReportContent content) {
        members.requireMemberOf(Guard.required(committeeId, "committeeId"), Guard.required(submitter, "submitter"), "submitter");
        checkCoAuthors(committeeId, coAuthors);
        return changes.reports().save(SocialReport.draft(SocialReportId.generate(), committeeId, year, submitter, coAuthors, content,
                Optional.empty()));
    }

    /**
     * @param id              the draft, not null
     * @param expectedVersion the version read
     * @param coAuthors       other members of the committee, not null
     * @param content         what it says, not null
     * @param actor           who, not blank
     * @return the draft as stored, never null
     */
    public SocialReport editDraft(SocialReportId id, long expectedVersion, List<MemberId> coAuthors, ReportContent content, String actor) {
        return changes.apply(id, expectedVersion, actor, (r, act) -> {
            checkCoAuthors(r.committeeId(), coAuthors);
            return r.editDraft(coAuthors, content, act);
        });
    }

    /**
     * @param id              the draft, not null
     * @param expectedVersion the version read
     * @param actor           who, not blank
     * @return the report handed in, never null
     */
    public SocialReport submit(SocialReportId id, long expectedVersion, String actor) {
        return changes.apply(id, expectedVersion, actor, (r, act) -> r.submit(act));
    }

    /**
     * @param id              a draft or a submitted report not yet edited, not null
     * @param expectedVersion the version read
     * @param reason          why, may be null
     * @param actor           who, not blank
     * @return the report withdrawn, never null
     */
    public SocialReport withdraw(SocialReportId id, long expectedVersion, String reason, String actor) {
        return changes.apply(id, expectedVersion, actor, (r, act) -> r.withdraw(reason, act));
    }

    private void checkCoAuthors(CommitteeId committeeId, List<MemberId> coAuthors) {
        Guard.required(coAuthors, "coAuthors").forEach(m -> members.requireMemberOf(committeeId, Guard.required(m, "coAuthors"), "coAuthors"));
    }
}
