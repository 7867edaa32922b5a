package org.xieshang.app.interfaces.rest;

import java.time.Instant;
import org.xieshang.app.application.socialreport.SocialReportViews;
import org.xieshang.domain.socialreport.SocialReport;
import org.xieshang.domain.socialreport.UpwardReport;

/** A social-condition report as a line of a register or a member's list. */
public record SocialReportJson(String id, String title, String status, String category, String submitterId, String submitter, Instant submittedAt,
                               String originProposalId, int upwardReports, int upperAdoptions, int instructions, long version) {

    static SocialReportJson of(SocialReport r, SocialReportViews names) {
        return new SocialReportJson(r.id().toString(), r.currentContent().title(), r.status().name(), r.currentContent().category().name(),
                r.submitter().toString(), names.memberName(r.submitter()), r.submittedAt().orElse(null), r.origin().map(Object::toString).orElse(null),
                r.upwardReports().size(), (int) r.upwardReports().stream().filter(UpwardReport::isAdopted).count(), r.instructions().size(), r.version());
    }
}
