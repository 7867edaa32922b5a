package org.xieshang.app.application.duty;

import static org.xieshang.domain.security.Permission.DUTY_FILE_MANAGE;
import static org.xieshang.domain.security.Permission.DUTY_FILE_READ;
import static org.xieshang.domain.security.Permission.DUTY_SELF_SERVICE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.AuditLog;
import org.xieshang.app.application.security.CurrentUser;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.duty.DutyReport;
import org.xieshang.domain.duty.DutyReportId;
import org.xieshang.domain.duty.DutyReportKind;
import org.xieshang.domain.duty.DutyReportStatus;
import org.xieshang.domain.duty.DutyReporting;
import org.xieshang.domain.duty.DutyReports;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.security.Target;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/** Members' annual duty reports and standing members' reports: the member writes and submits, staff review. */
@ApplicationScoped
@Transactional
public class DutyReportService {

    @Inject
    Committees committees;

    @Inject
    Members members;

    @Inject
    DutyReports reports;

    @Inject
    DutyReporting reporting;

    @Inject
    AccessControl access;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    /** @return the member's reports of a year, one per kind written */
    public List<DutyReport> ofMember(MemberId memberId, int year) {
        Member member = members.require(memberId);
        access.require(DUTY_FILE_READ, Target.memberRecord(member.committeeId(), memberId));
        List<DutyReport> found = new ArrayList<>();
        for (DutyReportKind kind : DutyReportKind.values()) {
            reports.find(memberId, year, kind).ifPresent(found::add);
        }
        return found;
    }

    public DutyReport get(DutyReportId id) {
        DutyReport report = reports.require(id);
        access.require(DUTY_FILE_READ, Target.memberRecord(report.committeeId(), report.memberId()));
        return report;
    }

    /** Only the member writes their report. */
    public DutyReport write(MemberId memberId, int year, DutyReportKind kind, long expectedVersion, String text) {
        Member member = members.require(memberId);
        access.require(DUTY_SELF_SERVICE, Target.memberRecord(member.committeeId(), memberId));
        var before = reports.find(memberId, year, kind);
        DutyReport after = reporting.write(memberId, year, kind, expectedVersion, text);
        audit.change(after.committeeId(), "duty-report", after.id().toString(), before.map(DutyAuditFields::of).orElse(null), DutyAuditFields.of(after));
        return after;
    }

    public DutyReport submit(DutyReportId id, long expectedVersion) {
        DutyReport before = reports.require(id);
        access.require(DUTY_SELF_SERVICE, Target.memberRecord(before.committeeId(), before.memberId()));
        return audited(before, reporting.submit(id, expectedVersion));
    }

    public DutyReport review(DutyReportId id, long expectedVersion, boolean accept, String comment) {
        DutyReport before = reports.require(id);
        access.require(DUTY_FILE_MANAGE, Target.committee(before.committeeId()));
        return audited(before, reporting.review(id, expectedVersion, accept, user.actor().username(), comment));
    }

    /** @return the committee's reports of a year, in one status or all (null) */
    public Page<DutyReport> search(CommitteeId committeeId, int year, DutyReportStatus status, PageRequest request) {
        committees.require(committeeId);
        access.require(DUTY_FILE_READ, Target.committee(committeeId));
        return reports.search(committeeId, year, status, request);
    }

    private DutyReport audited(DutyReport before, DutyReport after) {
        audit.change(after.committeeId(), "duty-report", after.id().toString(), DutyAuditFields.of(before), DutyAuditFields.of(after));
        return after;
    }
}
