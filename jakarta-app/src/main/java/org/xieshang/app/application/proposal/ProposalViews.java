package org.xieshang.app.application.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.xieshang.app.application.proposal.ProposalView.AnswerView;
import org.xieshang.app.application.proposal.ProposalView.CoSignerView;
import org.xieshang.app.application.proposal.ProposalView.CommunicationView;
import org.xieshang.app.application.proposal.ProposalView.ExtensionRequestView;
import org.xieshang.app.application.proposal.ProposalView.ExtensionView;
import org.xieshang.app.application.proposal.ProposalView.FilingView;
import org.xieshang.app.application.proposal.ProposalView.HandlingView;
import org.xieshang.app.application.proposal.ProposalView.KeyView;
import org.xieshang.app.application.proposal.ProposalView.RatingView;
import org.xieshang.app.application.proposal.ProposalView.SupervisionView;
import org.xieshang.app.application.proposal.ProposalView.TaskView;
import org.xieshang.app.application.proposal.ProposalView.TransitionView;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.committee.HandlingUnits;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.proposal.ExtensionRequest;
import org.xieshang.domain.proposal.Handling;
import org.xieshang.domain.proposal.Proposal;

/** Builds {@link ProposalView}s, naming members and units from storage. Runs in the caller's transaction. */
@ApplicationScoped
public class ProposalViews {

    @Inject
    Members members;

    @Inject
    HandlingUnits units;

    /**
     * @param p a proposal, not null
     * @return its view, never null
     */
    public ProposalView of(Proposal p) {
        return new ProposalView(p.id().toString(), p.committeeId().toString(), p.year(), p.number().orElse(null), p.origin().name(), p.status().name(),
                p.proposer().kind().name(), p.proposer().leadMember().map(Object::toString).orElse(null),
                p.proposer().leadMember().map(this::memberName).orElse(null), p.proposer().organisation().orElse(null), p.content().title(),
                p.content().grounds(), p.content().suggestions(), p.content().category().name(),
                p.coSigners().stream().map(c -> new CoSignerView(c.memberId().toString(), memberName(c.memberId()), c.status().name())).toList(),
                p.filing().map(f -> new FilingView(f.decision().name(), f.number().orElse(null), f.reason().map(Enum::name).orElse(null),
                        f.mergedInto().map(Object::toString).orElse(null), f.note().orElse(null), f.decidedOn())).orElse(null),
                p.key().map(k -> new KeyView(k.leadingLeaders(), k.supervisingLeaders(), k.designatedOn())).orElse(null),
                p.handling().map(this::handling).orElse(null),
                p.history().stream().map(t -> new TransitionView(t.action().name(), t.from().name(), t.to().name(), t.actor(), t.at(),
                        t.note().orElse(null))).toList(),
                p.version());
    }

    /**
     * @param memberId a member, not null
     * @return the member's name, or the identifier if the record is gone
     */
    public String memberName(MemberId memberId) {
        return members.find(memberId).map(m -> m.profile().name()).orElse(memberId.toString());
    }

    /**
     * @param unitId a unit, not null
     * @return its name, or the identifier if the record is gone
     */
    public String unitName(HandlingUnitId unitId) {
        return units.find(unitId).map(HandlingUnit::name).orElse(unitId.toString());
    }

    private HandlingView handling(Handling h) {
        return new HandlingView(h.mode().name(), h.bundle().map(Object::toString).orElse(null), h.assignedOn(), h.deadline(), h.round(),
                h.tasks().stream().map(t -> new TaskView(t.unitId().toString(), unitName(t.unitId()), t.role().name(), t.acknowledgedOn().orElse(null),
                        t.countersign().map(c -> c.round()).orElse(null), t.countersign().map(c -> c.opinion()).orElse(null),
                        t.countersign().map(c -> c.signedOn()).orElse(null))).toList(),
                h.communications().stream().map(c -> new CommunicationView(c.unitId().toString(), c.phase().name(), c.method().name(), c.on(),
                        c.summary())).toList(),
                h.pendingExtension().map(ProposalViews::request).orElse(null),
                h.extensions().stream().map(e -> new ExtensionView(request(e.request()), e.granted(), e.newDeadline().orElse(null), e.decidedBy(),
                        e.decidedOn(), e.note().orElse(null))).toList(),
                h.answers().stream().map(a -> new AnswerView(a.round(), a.unitId().toString(), a.result().name(), a.text(), a.answeredOn(),
                        a.deadline(), a.onTime())).toList(),
                h.ratings().stream().map(r -> new RatingView(r.round(), r.satisfaction().name(), r.contacted(), r.comment().orElse(null),
                        r.ratedBy(), r.ratedOn())).toList(),
                h.supervision().map(s -> new SupervisionView(s.grade().name(), s.supervisor(), s.note().orElse(null), s.gradedOn())).orElse(null));
    }

    private static ExtensionRequestView request(ExtensionRequest r) {
        return new ExtensionRequestView(r.workingDays(), r.reason(), r.requestedOn());
    }
}
