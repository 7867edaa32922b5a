package org.xieshang.app.interfaces.faces;

import java.io.Serializable;
import org.xieshang.domain.socialreport.SocialReport;
import org.xieshang.domain.socialreport.SocialReportStatus;
import org.xieshang.domain.socialreport.UpwardReport;

/**
 * A social-condition report in a list: its title and category as they stand (the office's edited version once there is
 * one), who handed it in, its status, when it came in, where it went upward and how many instructions it has.
 */
public class SocialReportRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final long version;
    private final String title;
    private final String submitter;
    private final String coAuthors;
    private final String category;
    private final String status;
    private final String statusClass;
    private final String submittedAt;
    private final String upward;
    private final int instructions;

    SocialReportRow(SocialReport r, MemberNames names) {
        id = r.id().toString();
        version = r.version();
        title = r.currentContent().title();
        submitter = names.of(r.submitter());
        coAuthors = names.of(r.coAuthors());
        category = Texts.label(r.currentContent().category());
        status = Texts.label(r.status());
        statusClass = badge(r.status());
        submittedAt = r.submittedAt().map(Texts::isoTime).orElse("");
        upward = String.join("、", r.upwardReports().stream().map(UpwardReport::recipient).toList());
        instructions = r.instructions().size();
    }

    /** @return the badge's style for a status: waiting for the office, in progress, adopted, or ended without adoption */
    static String badge(SocialReportStatus status) {
        return switch (status) {
            case SUBMITTED -> "xs-badge";
            case EDITED -> "xs-badge xs-badge-warn";
            case ADOPTED, REPORTED_UPWARD, INSTRUCTED -> "xs-badge xs-badge-ok";
            case DRAFT, NOT_ADOPTED, WITHDRAWN -> "xs-badge xs-badge-muted";
        };
    }

    public String getId() {
        return id;
    }

    long version() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getSubmitter() {
        return submitter;
    }

    /** @return the co-authors' names, empty for none */
    public String getCoAuthors() {
        return coAuthors;
    }

    public String getCategory() {
        return category;
    }

    public String getStatus() {
        return status;
    }

    public String getStatusClass() {
        return statusClass;
    }

    /** @return when it was last handed in, empty for a draft */
    public String getSubmittedAt() {
        return submittedAt;
    }

    /** @return the upper bodies it was reported to, empty for none */
    public String getUpward() {
        return upward;
    }

    public int getInstructions() {
        return instructions;
    }
}
