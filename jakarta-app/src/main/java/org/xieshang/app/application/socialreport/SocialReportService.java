package org.xieshang.app.application.socialreport;

import static org.xieshang.domain.security.Permission.LEADER_INSTRUCT;
import static org.xieshang.domain.security.Permission.PROPOSAL_MANAGE;
import static org.xieshang.domain.security.Permission.PROPOSAL_READ;
import static org.xieshang.domain.security.Permission.PROPOSAL_SUBMIT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.proposal.Act;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.security.Permission;
import org.xieshang.domain.security.Target;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;
import org.xieshang.domain.instruction.Instruction;
import org.xieshang.domain.socialreport.ReportContent;
import org.xieshang.domain.socialreport.ReportDesk;
import org.xieshang.domain.socialreport.ReportEditorial;
import org.xieshang.domain.socialreport.ReportInstructions;
import org.xieshang.domain.socialreport.SocialReport;
import org.xieshang.domain.socialreport.SocialReportId;
import org.xieshang.domain.socialreport.SocialReportQuery;
import org.xieshang.domain.socialreport.SocialReportStatus;
import org.xieshang.domain.socialreport.SocialReports;

/**
 * Social-condition reports for the screens and the API: one transaction per call, each change checked against the
 * user's reach, audited, and put into the change feed. Members write with PROPOSAL_SUBMIT on their own record (the
 * office for anyone), the office edits, adopts and reports upward with PROPOSAL_MANAGE, leaders' instructions need
 * LEADER_INSTRUCT, and reading PROPOSAL_READ. The rules are the domain's ({@link ReportDesk}, {@link ReportEditorial},
 * {@link ReportInstructions}).
 */
@ApplicationScoped
@Transactional
public class SocialReportService {

    private static final String KIND = "social-report";

    @Inject
    SocialReports reports;

    @Inject
    Committees committees;

    @Inject
    ReportDesk desk;

    @Inject
    ReportEditorial editorial;

    @Inject
    ReportInstructions instructions;

    @Inject
    SocialReportAccess reach;

    @Inject
    AccessControl access;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    FeedPublisher feed;

    // ---- reading ----

    /**
     * @param query   the listing asked for, not null; narrowed to what the user may read
     * @param request the page, not null
     * @return the page, never null
     */
    public Page<SocialReport> search(SocialReportQuery query, PageRequest request) {
        committees.require(query.committeeId());
        return reach.readable(query).map(q -> reports.search(q, request)).orElseGet(() -> new Page<>(List.of(), request, 0));
    }

    /**
     * @param id a report, not null
     * @return it, if the user may read it
     * @throws NotFoundException for an unknown report, and for another member's draft
     */
    public SocialReport get(SocialReportId id) {
        SocialReport report = reports.require(id);
        Target target = reach.targetOf(report);
        if (report.status() == SocialReportStatus.DRAFT && target.memberId().isEmpty()) {
            throw new NotFoundException("social-report", null, id);
        }
        access.require(PROPOSAL_READ, target);
        return report;
    }

    // ---- the member (or the office on a member's behalf) ----

    /**
     * @param committeeId the committee, not null
     * @param year        the year it counts for
     * @param submitter   the member writing it: the signed-in member's own record, or anyone's for the office
     * @param coAuthors   other members, not null
     * @param content     what it says, not null
     * @return the draft, never null
     */
    public SocialReport draft(CommitteeId committeeId, int year, MemberId submitter, List<MemberId> coAuthors, ReportContent content) {
        committees.require(committeeId);
        access.require(PROPOSAL_SUBMIT, Target.memberRecord(committeeId, submitter));
        SocialReport draft = desk.draft(committeeId, year, submitter, coAuthors, content);
        audit.change(committeeId, KIND, draft.id().toString(), null, fields(draft));
        return draft;
    }

    public SocialReport editDraft(SocialReportId id, long expectedVersion, List<MemberId> coAuthors, ReportContent content) {
        return asSubmitter(id, () -> desk.editDraft(id, expectedVersion, coAuthors, content, actor()));
    }

    public SocialReport submit(SocialReportId id, long expectedVersion) {
        return asSubmitter(id, () -> desk.submit(id, expectedVersion, actor()));
    }

    public SocialReport withdraw(SocialReportId id, long expectedVersion, String reason) {
        return asSubmitter(id, () -> desk.withdraw(id, expectedVersion, reason, actor()));
    }

    // ---- the office ----

    public SocialReport returnForRevision(SocialReportId id, long expectedVersion, String reason) {
        return change(id, PROPOSAL_MANAGE, () -> editorial.returnForRevision(id, expectedVersion, reason, actor()));
    }

    public SocialReport edit(SocialReportId id, long expectedVersion, ReportContent edited) {
        return change(id, PROPOSAL_MANAGE, () -> editorial.edit(id, expectedVersion, edited, actor()));
    }

    public SocialReport adopt(SocialReportId id, long expectedVersion, String note) {
        return change(id, PROPOSAL_MANAGE, () -> editorial.adopt(id, expectedVersion, note, actor()));
    }

    public SocialReport decline(SocialReportId id, long expectedVersion, String reason) {
        return change(id, PROPOSAL_MANAGE, () -> editorial.decline(id, expectedVersion, reason, actor()));
    }

    public SocialReport reportUpward(SocialReportId id, long expectedVersion, String recipient, Optional<LocalDate> reportedOn) {
        return change(id, PROPOSAL_MANAGE, () -> editorial.reportUpward(id, expectedVersion, recipient, reportedOn, actor()));
    }

    public SocialReport recordUpperAdoption(SocialReportId id, long expectedVersion, String recipient, Optional<LocalDate> adoptedOn, String note) {
        return change(id, PROPOSAL_MANAGE, () -> editorial.recordUpperAdoption(id, expectedVersion, recipient, adoptedOn, note, actor()));
    }

    /**
     * The report a proposal the office converts becomes, made in the conversion's transaction (the proposal office's
     * {@link org.xieshang.domain.proposal.ProposalConversions}); the conversion itself was checked and is audited as a
     * proposal change.
     *
     * @param proposal the proposal as converted, not null
     * @param act      who converted it and when, not null
     */
    public void converted(Proposal proposal, Act act) {
        SocialReport report = editorial.fromProposal(proposal, act);
        audit.change(report.committeeId(), KIND, report.id().toString(), null, fields(report));
        feed.socialReport(report);
    }

    // ---- leaders ----

    public SocialReport recordInstruction(SocialReportId id, long expectedVersion, Instruction instruction) {
        return change(id, LEADER_INSTRUCT, () -> instructions.record(id, expectedVersion, instruction, actor()));
    }

    /** A change only the submitter (or, holding the committee-wide permission, the office) makes. */
    private SocialReport asSubmitter(SocialReportId id, Supplier<SocialReport> change) {
        SocialReport before = reports.require(id);
        access.require(PROPOSAL_SUBMIT, Target.memberRecord(before.committeeId(), before.submitter()));
        return recorded(before, change.get());
    }

    private SocialReport change(SocialReportId id, Permission permission, Supplier<SocialReport> change) {
        SocialReport before = reports.require(id);
        access.require(permission, reach.targetOf(before));
        return recorded(before, change.get());
    }

    private SocialReport recorded(SocialReport before, SocialReport after) {
        audit.change(after.committeeId(), KIND, after.id().toString(), fields(before), fields(after));
        feed.socialReport(after);
        return after;
    }

    private String actor() {
        return user.actor().username();
    }

    private static Map<String, String> fields(SocialReport r) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("status", r.status().name());
        f.put("title", r.content().title());
        f.put("upwardReports", String.valueOf(r.upwardReports().size()));
        f.put("instructions", String.valueOf(r.instructions().size()));
        f.put("lastAction", r.history().isEmpty() ? null : r.history().get(r.history().size() - 1).action().name());
        return f;
    }
}
