package org.xieshang.domain.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.member.TermMembership;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.Guard;
import org.xieshang.domain.shared.Versions;

/**
 * Use cases of members' duty reports: the member writes and submits, staff accept or return. Thread-safe if its ports
 * are; transactions belong to the caller.
 */
public final class DutyReporting {

    private final Members members;
    private final DutyReports reports;
    private final Clock clock;

    /**
     * @param members    member storage, not null
     * @param reports    report storage, not null
     * @param clock      the clock, in the committee's time zone; not null
     */
    public DutyReporting(Members members, DutyReports reports, Clock clock) {
        this.members = Objects.requireNonNull(members, "members");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Writes or revises the member's report for a year.
     *
     * @param memberId        the member, not null
     * @param year            the year, not after this one
     * @param kind            which report, not null
     * @param expectedVersion the version the caller read, 0 for a new report
     * @param text            the text, not blank
     * @return the stored report, never null
     * @throws org.xieshang.domain.shared.DomainException {@code report.year.not-served} if the member held no membership
     *                                                   that year, {@code report.not-standing} for a standing member's
     *                                                   report by a member who was not one that year
     */
    public DutyReport write(MemberId memberId, int year, DutyReportKind kind, long expectedVersion, String text) {
        Member member = members.require(Guard.required(memberId, "memberId"));
        Guard.required(kind, "kind");
        Guard.check(year <= LocalDate.now(clock).getYear(), "report.year.in-future", "year");
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate until = LocalDate.of(year, 12, 31);
        Optional<TermMembership> served = member.memberships().stream()
                .filter(m -> !m.sinceInclusive().isAfter(until) && m.endedOn().map(end -> !end.isBefore(from)).orElse(true)).findFirst();
        Guard.check(served.isPresent(), "report.year.not-served", "year", year);
        Guard.check(kind != DutyReportKind.STANDING_MEMBER_REPORT
                || served.get().standingRoles().stream().anyMatch(r -> !r.fromInclusive().isAfter(until)
                && r.untilInclusive().map(end -> !end.isBefore(from)).orElse(true)), "report.not-standing", "kind");
        Optional<DutyReport> existing = reports.find(memberId, year, kind);
        if (existing.isEmpty()) {
            if (expectedVersion != 0) {
                throw new ConcurrentUpdateException("duty-report", memberId + "/" + year, expectedVersion);
            }
            return reports.save(DutyReport.draft(member.committeeId(), memberId, year, kind, text));
        }
        Versions.check("duty-report", existing.get().id(), existing.get().version(), expectedVersion);
        return reports.save(existing.get().revise(text));
    }

    /**
     * @param id              the report, not null
     * @param expectedVersion the version the caller read
     * @return the submitted report, never null
     */
    public DutyReport submit(DutyReportId id, long expectedVersion) {
        return reports.save(current(id, expectedVersion).submit(clock.instant()));
    }

    /**
     * @param id              the report, not null
     * @param expectedVersion the version the caller read
     * @param accept          whether to accept; otherwise it is returned
     * @param reviewer        who reviews, not blank
     * @param comment         the comment, required to return
     * @return the reviewed report, never null
     */
    public DutyReport review(DutyReportId id, long expectedVersion, boolean accept, String reviewer, String comment) {
        return reports.save(current(id, expectedVersion).review(accept, reviewer, comment));
    }

    private DutyReport current(DutyReportId id, long expectedVersion) {
        DutyReport report = reports.require(Guard.required(id, "id"));
        Versions.check("duty-report", id, report.version(), expectedVersion);
        return report;
    }
}
