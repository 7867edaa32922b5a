package org.xieshang.app.application.socialreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.xieshang.app.application.socialreport.SocialReportView.AuthorView;
import org.xieshang.app.application.socialreport.SocialReportView.DecisionView;
import org.xieshang.app.application.socialreport.SocialReportView.EditingView;
import org.xieshang.app.application.socialreport.SocialReportView.InstructionView;
import org.xieshang.app.application.socialreport.SocialReportView.TransitionView;
import org.xieshang.app.application.socialreport.SocialReportView.UpwardReportView;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.socialreport.SocialReport;

/** Builds {@link SocialReportView}s, naming members from storage. Runs in the caller's transaction. */
@ApplicationScoped
public class SocialReportViews {

    @Inject
    Members members;

    /**
     * @param r a report, not null
     * @return its view, never null
     */
    public SocialReportView of(SocialReport r) {
        return new SocialReportView(r.id().toString(), r.committeeId().toString(), r.year(), r.status().name(), r.submitter().toString(),
                memberName(r.submitter()), r.coAuthors().stream().map(m -> new AuthorView(m.toString(), memberName(m))).toList(),
                r.content().title(), r.content().text(), r.content().category().name(), r.origin().map(Object::toString).orElse(null),
                r.submittedAt().orElse(null),
                r.editing().map(e -> new EditingView(e.content().title(), e.content().text(), e.content().category().name(), e.editedBy(),
                        e.editedOn())).orElse(null),
                r.decision().map(d -> new DecisionView(d.adopted(), d.note().orElse(null), d.decidedBy(), d.decidedOn())).orElse(null),
                r.upwardReports().stream().map(u -> new UpwardReportView(u.recipient(), u.reportedOn(), u.isAdopted(), u.adoptedOn().orElse(null),
                        u.adoptionNote().orElse(null))).toList(),
                r.instructions().stream().map(i -> new InstructionView(i.leader(), i.text(), i.givenOn())).toList(),
                r.history().stream().map(t -> new TransitionView(t.action().name(), t.from().name(), t.to().name(), t.actor(), t.at(),
                        t.note().orElse(null))).toList(),
                r.version());
    }

    /**
     * @param memberId a member, not null
     * @return the member's name, or the identifier if the record is gone
     */
    public String memberName(MemberId memberId) {
        return members.find(memberId).map(m -> m.profile().name()).orElse(memberId.toString());
    }
}
