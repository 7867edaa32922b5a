package org.xieshang.domain.duty;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.Guard;

/**
 * A member's annual duty report (年度履职报告) or standing member's report (常委述职), written by the member and
 * reviewed by staff: draft → submitted → accepted, or returned with a comment and submitted again. One per member,
 * year and kind. Aggregate root; immutable and thread-safe.
 */
public final class DutyReport {

    /** Longest text. */
    public static final int TEXT_MAX = 20_000;
    /** Longest review comment. */
    public static final int COMMENT_MAX = 1000;

    private final DutyReportId id;
    private final CommitteeId committeeId;
    private final MemberId memberId;
    private final int year;
    private final DutyReportKind kind;
    private final String text;
    private final DutyReportStatus status;
    private final Optional<Instant> submittedAt;
    private final Optional<String> reviewedBy;
    private final Optional<String> reviewComment;
    private final long version;

    private DutyReport(DutyReportId id, CommitteeId committeeId, MemberId memberId, int year, DutyReportKind kind, String text, DutyReportStatus status,
                       Optional<Instant> submittedAt, Optional<String> reviewedBy, Optional<String> reviewComment, long version) {
        this.id = Guard.required(id, "id");
        this.committeeId = Guard.required(committeeId, "committeeId");
        this.memberId = Guard.required(memberId, "memberId");
        this.year = year;
        this.kind = Guard.required(kind, "kind");
        this.text = Guard.text(text, "text", TEXT_MAX);
        this.status = Guard.required(status, "status");
        this.submittedAt = Guard.required(submittedAt, "submittedAt");
        this.reviewedBy = Guard.required(reviewedBy, "reviewedBy");
        this.reviewComment = Guard.required(reviewComment, "reviewComment").map(c -> Guard.text(c, "comment", COMMENT_MAX));
        Guard.check(status != DutyReportStatus.RETURNED || this.reviewComment.isPresent(), "report.return.needs-comment", "comment");
        Guard.check(version >= 0, "version.negative", "version");
        this.version = version;
    }

    /**
     * @param committeeId the committee, not null
     * @param memberId    the member, not null
     * @param year        the year reported on
     * @param kind        which report, not null
     * @param text        the text, not blank
     * @return a new draft at version 0, never null
     */
    public static DutyReport draft(CommitteeId committeeId, MemberId memberId, int year, DutyReportKind kind, String text) {
        return new DutyReport(DutyReportId.generate(), committeeId, memberId, year, kind, text, DutyReportStatus.DRAFT, Optional.empty(),
                Optional.empty(), Optional.empty(), 0);
    }

    /**
     * Rebuilds a stored report. For storage adapters.
     *
     * @param id            identifier, not null
     * @param committeeId   committee, not null
     * @param memberId      member, not null
     * @param year          year
     * @param kind          kind, not null
     * @param text          text, not blank
     * @param status        status, not null
     * @param submittedAt   when last submitted, if ever
     * @param reviewedBy    who reviewed last, if anyone
     * @param reviewComment the review comment, if any
     * @param version       stored version
     * @return the report, never null
     */
    public static DutyReport restore(DutyReportId id, CommitteeId committeeId, MemberId memberId, int year, DutyReportKind kind, String text,
                                     DutyReportStatus status, Optional<Instant> submittedAt, Optional<String> reviewedBy, Optional<String> reviewComment,
                                     long version) {
        return new DutyReport(id, committeeId, memberId, year, kind, text, status, submittedAt, reviewedBy, reviewComment, version);
    }

    /**
     * @param newText the revised text, not blank
     * @return this report with the text, as a draft again if it was returned; never null
     * @throws org.xieshang.domain.shared.DomainException {@code report.not-editable} once submitted or accepted
     */
    public DutyReport revise(String newText) {
        Guard.check(status == DutyReportStatus.DRAFT || status == DutyReportStatus.RETURNED, "report.not-editable", "text");
        return new DutyReport(id, committeeId, memberId, year, kind, newText, DutyReportStatus.DRAFT, submittedAt, reviewedBy, reviewComment, version);
    }

    /**
     * @param at when, not null
     * @return this report submitted for review, never null
     */
    public DutyReport submit(Instant at) {
        Guard.check(status == DutyReportStatus.DRAFT || status == DutyReportStatus.RETURNED, "report.not-editable", "status");
        return new DutyReport(id, committeeId, memberId, year, kind, text, DutyReportStatus.SUBMITTED, Optional.of(at), reviewedBy, reviewComment, version);
    }

    /**
     * @param accept   whether to accept; otherwise it is returned to the member
     * @param reviewer who reviews, not blank
     * @param comment  the comment, required to return; may be null
     * @return this report reviewed, never null
     * @throws org.xieshang.domain.shared.DomainException {@code report.not-submitted}
     */
    public DutyReport review(boolean accept, String reviewer, String comment) {
        Guard.check(status == DutyReportStatus.SUBMITTED, "report.not-submitted", "status");
        return new DutyReport(id, committeeId, memberId, year, kind, text, accept ? DutyReportStatus.ACCEPTED : DutyReportStatus.RETURNED, submittedAt,
                Optional.of(Guard.text(reviewer, "reviewedBy", 100)), Optional.ofNullable(Guard.optionalText(comment, "comment", COMMENT_MAX)), version);
    }

    /** @return the identifier, never null */
    public DutyReportId id() {
        return id;
    }

    /** @return the committee, never null */
    public CommitteeId committeeId() {
        return committeeId;
    }

    /** @return the member, never null */
    public MemberId memberId() {
        return memberId;
    }

    /** @return the year reported on */
    public int year() {
        return year;
    }

    /** @return which report, never null */
    public DutyReportKind kind() {
        return kind;
    }

    /** @return the text, never null */
    public String text() {
        return text;
    }

    /** @return where it stands, never null */
    public DutyReportStatus status() {
        return status;
    }

    /** @return when it was last submitted, if ever */
    public Optional<Instant> submittedAt() {
        return submittedAt;
    }

    /** @return who reviewed it last, if anyone */
    public Optional<String> reviewedBy() {
        return reviewedBy;
    }

    /** @return the last review comment, if any */
    public Optional<String> reviewComment() {
        return reviewComment;
    }

    /** @return the stored version; 0 if never stored */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DutyReport other && id.equals(other.id) && version == other.version && text.equals(other.text) && status == other.status
                && submittedAt.equals(other.submittedAt) && reviewedBy.equals(other.reviewedBy) && reviewComment.equals(other.reviewComment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "DutyReport[" + kind + ", " + year + ", " + status + ", v" + version + "]";
    }
}
