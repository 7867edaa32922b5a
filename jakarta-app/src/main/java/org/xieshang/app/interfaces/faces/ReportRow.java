package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import org.xieshang.domain.duty.DutyReport;
import org.xieshang.domain.duty.DutyReportStatus;

/** A member's duty report in the review list. */
public class ReportRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final long version;
    private final String memberName;
    private final String kind;
    private final String status;
    private final boolean submitted;
    private final String submittedAt;
    private final String text;
    private String comment;

    ReportRow(DutyReport report, String memberName) {
        id = report.id().toString();
        version = report.version();
        this.memberName = memberName;
        kind = Texts.label(report.kind());
        status = Texts.label(report.status());
        submitted = report.status() == DutyReportStatus.SUBMITTED;
        submittedAt = report.submittedAt().map(Texts::time).orElse("");
        text = report.text();
        comment = report.reviewComment().orElse(null);
    }

    long version() {
        return version;
    }

    public String getId() {
        return id;
    }

    public String getMemberName() {
        return memberName;
    }

    public String getKind() {
        return kind;
    }

    public String getStatus() {
        return status;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public String getSubmittedAt() {
        return submittedAt;
    }

    public String getText() {
        return text;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
