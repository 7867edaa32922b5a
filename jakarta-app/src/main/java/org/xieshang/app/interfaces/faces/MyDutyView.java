package org.xieshang.app.interfaces.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.xieshang.app.application.MemberService;
import org.xieshang.app.application.duty.ActivityService;
import org.xieshang.app.application.duty.DutyReportService;
import org.xieshang.app.application.security.CurrentUser;
import org.xieshang.domain.activity.ActivityId;
import org.xieshang.domain.duty.DutyReport;
import org.xieshang.domain.duty.DutyReportKind;
import org.xieshang.domain.duty.DutyReportStatus;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.DomainException;

/**
 * A member's own duty work (我的履职): their invitations with leave requests, and their annual duty report (and standing
 * member's report) written, saved and submitted for review.
 */
@Named
@ViewScoped
public class MyDutyView implements Serializable {

    private static final String FORM = "reportForm";
    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser user;

    @Inject
    MemberService members;

    @Inject
    ActivityService activities;

    @Inject
    DutyReportService reports;

    private String memberId;
    private Integer year;
    private boolean standing;
    private List<MyInvitationRow> invitations = List.of();
    private DutyReportKind kind = DutyReportKind.ANNUAL_REPORT;
    private String text;
    private long reportVersion;
    private String reportId;
    private DutyReportStatus status;
    private String reviewComment;

    /** Loads the signed-in member's year; other users have no page here. */
    public void load() {
        Optional<MemberId> own = user.subject().memberId();
        if (own.isEmpty()) {
            Pages.sendError(403);
            return;
        }
        memberId = own.get().toString();
        if (year == null) {
            year = Now.today().getYear();
        }
        Member member = members.get(own.get());
        standing = member.memberships().stream().anyMatch(m -> m.standingRoles().stream()
                .anyMatch(r -> r.fromInclusive().getYear() <= year && r.untilInclusive().map(u -> u.getYear() >= year).orElse(true)));
        LocalDateTime now = Now.localTime();
        invitations = activities.ofMember(own.get(), year).stream().map(a -> new MyInvitationRow(a, own.get(), now)).toList();
        loadReport();
    }

    private void loadReport() {
        Optional<DutyReport> report = reports.ofMember(MemberId.parse(memberId), year).stream().filter(r -> r.kind() == kind).findFirst();
        text = report.map(DutyReport::text).orElse(null);
        reportVersion = report.map(DutyReport::version).orElse(0L);
        reportId = report.map(r -> r.id().toString()).orElse(null);
        status = report.map(DutyReport::status).orElse(null);
        reviewComment = report.flatMap(DutyReport::reviewComment).orElse(null);
    }

    public void requestLeave(MyInvitationRow row) {
        try {
            activities.requestLeave(ActivityId.parse(row.getActivityId()), MemberId.parse(memberId), row.getReason());
            FormErrors.confirm("my-duty.leave.sent", row.getTitle());
            load();
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
    }

    public void switchKind() {
        loadReport();
    }

    public void save() {
        try {
            reports.write(MemberId.parse(memberId), year, kind, reportVersion, text);
            FormErrors.confirm("my-duty.report.saved");
            loadReport();
        } catch (DomainException e) {
            FormErrors.show(FORM, e);
        }
    }

    public void submit() {
        try {
            DutyReport saved = reports.write(MemberId.parse(memberId), year, kind, reportVersion, text);
            reports.submit(saved.id(), saved.version());
            FormErrors.confirm("my-duty.report.submitted");
            loadReport();
        } catch (DomainException e) {
            FormErrors.show(FORM, e);
        }
    }

    /** @return whether the report may still be edited */
    public boolean isEditable() {
        return status == null || status == DutyReportStatus.DRAFT || status == DutyReportStatus.RETURNED;
    }

    public List<Integer> getYears() {
        return Now.recentYears(false);
    }

    public String getMemberId() {
        return memberId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public boolean isStanding() {
        return standing;
    }

    public List<MyInvitationRow> getInvitations() {
        return invitations;
    }

    public DutyReportKind getKind() {
        return kind;
    }

    public void setKind(DutyReportKind kind) {
        this.kind = kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getStatus() {
        return status == null ? Texts.text("my-duty.report.none") : Texts.label(status);
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public String getReportId() {
        return reportId;
    }
}
