package org.xieshang.app.application.proposal;

import static org.xieshang.domain.security.Permission.PROPOSAL_HANDLE;
import static org.xieshang.domain.security.Permission.PROPOSAL_MANAGE;
import static org.xieshang.domain.security.Permission.PROPOSAL_READ;
import static org.xieshang.domain.security.Permission.PROPOSAL_SUBMIT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.xieshang.app.application.feed.FeedPublisher;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.AuditLog;
import org.xieshang.app.application.security.CurrentUser;
import org.xieshang.domain.audit.AuditAction;
import org.xieshang.domain.calendar.CommitteeCalendars;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.MemberQuery;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.proposal.Alert;
import org.xieshang.domain.proposal.AnswerResult;
import org.xieshang.domain.proposal.Communication;
import org.xieshang.domain.proposal.HandlingMode;
import org.xieshang.domain.proposal.NotFiledReason;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalAlerts;
import org.xieshang.domain.proposal.ProposalContent;
import org.xieshang.domain.proposal.ProposalId;
import org.xieshang.domain.proposal.ProposalOffice;
import org.xieshang.domain.proposal.ProposalOrigin;
import org.xieshang.domain.proposal.ProposalQuery;
import org.xieshang.domain.proposal.ProposalStatistics;
import org.xieshang.domain.proposal.ProposalStatus;
import org.xieshang.domain.proposal.Proposals;
import org.xieshang.domain.proposal.Proposer;
import org.xieshang.domain.proposal.ProposerDesk;
import org.xieshang.domain.proposal.Satisfaction;
import org.xieshang.domain.proposal.Supervision;
import org.xieshang.domain.proposal.UnitDesk;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;
import org.xieshang.domain.security.Permission;
import org.xieshang.domain.security.Target;

/**
 * Proposals for the screens and the API: one transaction per call, each change checked against the user's reach,
 * audited, and put into the change feed. The rules are the domain's ({@link ProposerDesk}, {@link ProposalOffice},
 * {@link UnitDesk}); this class only says who acts and on what.
 */
@ApplicationScoped
@Transactional
public class ProposalService {

    private static final String KIND = "proposal";

    @Inject
    Proposals proposals;

    @Inject
    Committees committees;

    @Inject
    Members members;

    @Inject
    ProposerDesk proposers;

    @Inject
    ProposalOffice office;

    @Inject
    UnitDesk units;

    @Inject
    CommitteeCalendars calendars;

    @Inject
    ProposalAccess reach;

    @Inject
    AccessControl access;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    FeedPublisher feed;

    @Inject
    Clock clock;

    // ---- reading ----

    /**
     * @param query   the listing asked for, not null; narrowed to what the user may read
     * @param request the page, not null
     * @return the page, never null
     */
    public Page<Proposal> search(ProposalQuery query, PageRequest request) {
        committees.require(query.committeeId());
        return proposals.search(reach.readable(query), request);
    }

    /**
     * @param id a proposal, not null
     * @return it, if the user may read it
     * @throws NotFoundException for an unknown proposal, and for another member's draft
     */
    public Proposal get(ProposalId id) {
        Proposal proposal = proposals.require(id);
        Target target = reach.targetOf(proposal);
        if (proposal.status() == ProposalStatus.DRAFT && target.memberId().isEmpty()) {
            throw new NotFoundException("proposal", null, id);
        }
        access.require(PROPOSAL_READ, target);
        return proposal;
    }

    /**
     * @param committeeId the committee, not null
     * @param year        the year
     * @return the alerts of the user's readable proposals of that year, never null
     */
    public List<Alert> alerts(CommitteeId committeeId, int year) {
        List<Proposal> readable = proposals.all(reach.readable(ProposalQuery.of(committeeId, year)));
        return new ProposalAlerts(office.periods()).of(readable, today(), calendars.calendarOf(committeeId));
    }

    /**
     * @param committeeId the committee, not null
     * @param year        the year
     * @return the year's statistics, for committee-wide readers; never null
     */
    public ProposalStatistics statistics(CommitteeId committeeId, int year) {
        committees.require(committeeId);
        access.require(PROPOSAL_READ, Target.committee(committeeId));
        return ProposalStatistics.of(proposals.all(ProposalQuery.of(committeeId, year)), today());
    }

    /**
     * The whole register at once, for an export; a screen reads it page by page with {@link #search}.
     *
     * @param committeeId the committee, not null
     * @param year        the year
     * @return every proposal of the year the user may read, by filing number then title; never null
     */
    public List<Proposal> register(CommitteeId committeeId, int year) {
        committees.require(committeeId);
        return proposals.all(reach.readable(ProposalQuery.of(committeeId, year)));
    }

    /**
     * Notes in the audit trail that a committee's proposals left the system as a file (they name members).
     *
     * @param committeeId the committee, not null
     * @param what        which export, such as {@code register 2026}; not null
     */
    public void recordExport(CommitteeId committeeId, String what) {
        committees.require(committeeId);
        access.require(PROPOSAL_READ, Target.committee(committeeId));
        audit.record(AuditAction.EXPORT, Optional.of(committeeId), "proposals", committeeId.toString(), what);
    }

    // ---- the proposer ----

    /**
     * A draft: a member's own (the lead is the signed-in member) or, for the proposal office, any proposer's.
     *
     * @return the draft, never null
     */
    public Proposal draft(CommitteeId committeeId, int year, ProposalOrigin origin, Proposer proposer, ProposalContent content) {
        committees.require(committeeId);
        access.require(PROPOSAL_SUBMIT, proposer.leadMember().map(m -> Target.memberRecord(committeeId, m)).orElse(Target.committee(committeeId)));
        Proposal draft = proposers.draft(committeeId, year, origin, proposer, content);
        audit.change(committeeId, KIND, draft.id().toString(), null, fields(draft));
        return draft;
    }

    public Proposal edit(ProposalId id, long expectedVersion, Proposer proposer, ProposalContent content) {
        return asLead(id, () -> proposers.edit(id, expectedVersion, proposer, content, actor()));
    }

    /**
     * The members the lead may invite to co-sign a draft: the committee's current members but the lead and those invited
     * already, by name. Only names, since a member may not read the others' records.
     *
     * @param id a draft, not null
     * @return the candidates in the registry's name order, never null
     */
    public List<MemberName> coSignerCandidates(ProposalId id) {
        Proposal draft = proposals.require(id);
        access.require(PROPOSAL_SUBMIT, draft.proposer().leadMember().map(lead -> Target.memberRecord(draft.committeeId(), lead))
                .orElse(Target.committee(draft.committeeId())));
        MemberQuery current = MemberQuery.of(draft.committeeId()).withCurrent(true);
        return Page.all(request -> members.search(current, request)).stream().filter(m -> !draft.concerns(m.id()))
                .map(m -> new MemberName(m.id(), m.profile().name())).toList();
    }

    public Proposal inviteCoSigner(ProposalId id, long expectedVersion, MemberId memberId) {
        return asLead(id, () -> proposers.inviteCoSigner(id, expectedVersion, memberId, actor()));
    }

    /** The signed-in member answers their own invitation. */
    public Proposal answerInvitation(ProposalId id, long expectedVersion, boolean accept) {
        MemberId me = ownMember();
        return change(id, PROPOSAL_SUBMIT, () -> proposers.answerInvitation(id, expectedVersion, me, accept, actor()));
    }

    public Proposal submit(ProposalId id, long expectedVersion) {
        return asLead(id, () -> proposers.submit(id, expectedVersion, actor()));
    }

    public Proposal withdraw(ProposalId id, long expectedVersion, String reason) {
        return asLead(id, () -> proposers.withdraw(id, expectedVersion, reason, actor()));
    }

    /**
     * The lead member rates the answer; for a collective proposer, the proposal office records the rating it gave.
     */
    public Proposal rate(ProposalId id, long expectedVersion, Satisfaction satisfaction, boolean contacted, String comment) {
        Proposal proposal = proposals.require(id);
        if (proposal.proposer().kind().isMember()) {
            MemberId me = user.subject().memberId().orElseThrow(() -> new DomainException("proposal.rating.not-proposer", "memberId"));
            return asLead(id, () -> proposers.rate(id, expectedVersion, me, satisfaction, contacted, comment, actor()));
        }
        return change(id, PROPOSAL_MANAGE, () -> proposers.rate(id, expectedVersion, null, satisfaction, contacted, comment, actor()));
    }

    // ---- the proposal office ----

    public Proposal returnForRevision(ProposalId id, long expectedVersion, String reason) {
        return change(id, PROPOSAL_MANAGE, () -> office.returnForRevision(id, expectedVersion, reason, actor()));
    }

    public Proposal file(ProposalId id, long expectedVersion, String note) {
        return change(id, PROPOSAL_MANAGE, () -> office.file(id, expectedVersion, note, actor()));
    }

    public Proposal refuseFiling(ProposalId id, long expectedVersion, NotFiledReason reason, String note) {
        return change(id, PROPOSAL_MANAGE, () -> office.refuseFiling(id, expectedVersion, reason, note, actor()));
    }

    public Proposal convert(ProposalId id, long expectedVersion, String note) {
        return change(id, PROPOSAL_MANAGE, () -> office.convert(id, expectedVersion, note, actor()));
    }

    public Proposal merge(ProposalId id, long expectedVersion, ProposalId target) {
        return change(id, PROPOSAL_MANAGE, () -> office.merge(id, expectedVersion, target, actor()));
    }

    public Proposal designateKey(ProposalId id, long expectedVersion, List<String> leadingLeaders, List<String> supervisingLeaders) {
        return change(id, PROPOSAL_MANAGE, () -> office.designateKey(id, expectedVersion, leadingLeaders, supervisingLeaders, actor()));
    }

    public Proposal assign(ProposalId id, long expectedVersion, HandlingMode mode, HandlingUnitId lead, List<HandlingUnitId> coUnits,
                           Optional<LocalDate> deadline) {
        return change(id, PROPOSAL_MANAGE, () -> office.assign(id, expectedVersion, mode, lead, coUnits, deadline, actor()));
    }

    /** @return the bundle's proposals, assigned */
    public List<Proposal> assignBundle(CommitteeId committeeId, Map<ProposalId, Long> versions, HandlingUnitId lead, List<HandlingUnitId> coUnits,
                                       Optional<LocalDate> deadline) {
        access.require(PROPOSAL_MANAGE, Target.committee(committeeId));
        Map<ProposalId, Proposal> before = new LinkedHashMap<>();
        versions.keySet().forEach(id -> {
            Proposal proposal = proposals.require(id);
            if (!proposal.committeeId().equals(committeeId)) {
                throw new NotFoundException("proposal", "proposals", id);
            }
            before.put(id, proposal);
        });
        List<Proposal> assigned = office.assignBundle(versions, lead, coUnits, deadline, actor());
        assigned.forEach(after -> recorded(before.get(after.id()), after));
        return assigned;
    }

    public Proposal decideExtension(ProposalId id, long expectedVersion, boolean grant, String note) {
        return change(id, PROPOSAL_MANAGE, () -> office.decideExtension(id, expectedVersion, grant, note, actor()));
    }

    public Proposal rehandle(ProposalId id, long expectedVersion, Optional<LocalDate> deadline, String reason) {
        return change(id, PROPOSAL_MANAGE, () -> office.rehandle(id, expectedVersion, deadline, reason, actor()));
    }

    public Proposal close(ProposalId id, long expectedVersion, String note) {
        return change(id, PROPOSAL_MANAGE, () -> office.close(id, expectedVersion, note, actor()));
    }

    public Proposal gradeImplementation(ProposalId id, long expectedVersion, Supervision supervision) {
        return change(id, PROPOSAL_MANAGE, () -> office.gradeImplementation(id, expectedVersion, supervision, actor()));
    }

    // ---- the handling unit (the signed-in account's unit) ----

    public Proposal acknowledge(ProposalId id, long expectedVersion) {
        HandlingUnitId unit = ownUnit();
        return change(id, PROPOSAL_HANDLE, () -> units.acknowledge(id, expectedVersion, unit, actor()));
    }

    public Proposal logCommunication(ProposalId id, long expectedVersion, Communication communication) {
        return change(id, PROPOSAL_HANDLE, () -> units.logCommunication(id, expectedVersion, communication, actor()));
    }

    public Proposal requestExtension(ProposalId id, long expectedVersion, int workingDays, String reason) {
        HandlingUnitId unit = ownUnit();
        return change(id, PROPOSAL_HANDLE, () -> units.requestExtension(id, expectedVersion, unit, workingDays, reason, actor()));
    }

    public Proposal countersign(ProposalId id, long expectedVersion, String opinion) {
        HandlingUnitId unit = ownUnit();
        return change(id, PROPOSAL_HANDLE, () -> units.countersign(id, expectedVersion, unit, opinion, actor()));
    }

    public Proposal answer(ProposalId id, long expectedVersion, AnswerResult result, String text) {
        HandlingUnitId unit = ownUnit();
        return change(id, PROPOSAL_HANDLE, () -> units.answer(id, expectedVersion, unit, result, text, actor()));
    }

    /** @return the signed-in account's handling unit, never null */
    public HandlingUnitId ownUnit() {
        return user.subject().unitId().orElseThrow(() -> new DomainException("proposal.unit.not-assigned", "unitId"));
    }

    /** @return the signed-in account's member record, never null */
    public MemberId ownMember() {
        return user.subject().memberId().orElseThrow(() -> new DomainException("proposal.co-signer.not-invited", "memberId"));
    }

    /** A change only the lead member (or, holding the committee-wide permission, the proposal office) makes. */
    private Proposal asLead(ProposalId id, Supplier<Proposal> change) {
        Proposal before = proposals.require(id);
        access.require(PROPOSAL_SUBMIT, before.proposer().leadMember().map(lead -> Target.memberRecord(before.committeeId(), lead))
                .orElse(Target.committee(before.committeeId())));
        return recorded(before, change.get());
    }

    private Proposal change(ProposalId id, Permission permission, Supplier<Proposal> change) {
        Proposal before = proposals.require(id);
        access.require(permission, reach.targetOf(before));
        return recorded(before, change.get());
    }

    private Proposal recorded(Proposal before, Proposal after) {
        audit.change(after.committeeId(), KIND, after.id().toString(), fields(before), fields(after));
        feed.proposal(after);
        return after;
    }

    private String actor() {
        return user.actor().username();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Map<String, String> fields(Proposal p) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("status", p.status().name());
        f.put("title", p.content().title());
        f.put("number", p.number().map(String::valueOf).orElse(null));
        f.put("deadline", p.deadline().map(LocalDate::toString).orElse(null));
        f.put("lastAction", p.history().isEmpty() ? null : p.history().get(p.history().size() - 1).action().name());
        return f;
    }
}
