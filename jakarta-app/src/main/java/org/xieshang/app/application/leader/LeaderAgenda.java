package org.xieshang.app.application.leader;

import static org.xieshang.domain.security.Permission.CONSULTATION_READ;
import static org.xieshang.domain.security.Permission.PROPOSAL_READ;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.xieshang.app.application.leader.GivenInstruction.Subject;
import org.xieshang.app.application.outcome.OutcomeService;
import org.xieshang.app.application.proposal.ProposalService;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.CurrentUser;
import org.xieshang.app.application.socialreport.SocialReportService;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.instruction.Instruction;
import org.xieshang.domain.instruction.LeaderNames;
import org.xieshang.domain.outcome.OutcomeStage;
import org.xieshang.domain.outcome.TrackedOutcome;
import org.xieshang.domain.proposal.KeyDesignation;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalQuery;
import org.xieshang.domain.security.Permission;
import org.xieshang.domain.security.Target;
import org.xieshang.domain.security.UserAccount;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.socialreport.SocialReport;
import org.xieshang.domain.socialreport.SocialReportQuery;
import org.xieshang.domain.socialreport.SocialReportStatus;

/**
 * What waits for a leader (领导阅批), read for the leader's screen: the committee's key proposals, those the signed-in
 * leader leads or supervises first; outcome reports submitted and not yet instructed; social-condition reports reported
 * upward and not yet instructed; and the instructions the leader gave in a year. Designations and instructions name
 * leaders as typed ("市委书记 王某"), so the leader is recognised by the account's display name ({@link LeaderNames}).
 * Each part holds only what the user may read (empty otherwise); instructions are recorded through
 * {@link OutcomeService} and {@link SocialReportService}, which check them.
 */
@ApplicationScoped
@Transactional
public class LeaderAgenda {

    @Inject
    ProposalService proposals;

    @Inject
    OutcomeService outcomes;

    @Inject
    SocialReportService reports;

    @Inject
    AccessControl access;

    @Inject
    CurrentUser user;

    /** @return the signed-in leader's name as instructions are signed with it, never null (empty for nobody) */
    public String leaderName() {
        return user.account().map(UserAccount::displayName).orElse("");
    }

    /**
     * @param committeeId the committee, not null
     * @param year        the proposals' year
     * @return its key proposals: those the leader leads or supervises first, then the others, each part by filing
     *         number; never null
     */
    public List<KeyProposal> keyProposals(CommitteeId committeeId, int year) {
        if (!mayRead(PROPOSAL_READ, committeeId)) {
            return List.of();
        }
        String me = leaderName();
        return Page.all(request -> proposals.search(ProposalQuery.of(committeeId, year).onlyKey(), request)).stream()
                .map(p -> part(p, me)).sorted(Comparator.comparing(k -> !k.isMine())).toList();
    }

    /**
     * @param committeeId the committee, not null
     * @param year        the year the reports were handed over
     * @return its outcome reports submitted by the Party group and not yet instructed, newest first; never null
     */
    public List<TrackedOutcome> outcomesAwaitingInstruction(CommitteeId committeeId, int year) {
        if (!mayRead(CONSULTATION_READ, committeeId)) {
            return List.of();
        }
        return outcomes.of(committeeId, year).stream().filter(o -> o.stage() == OutcomeStage.SUBMITTED).toList();
    }

    /**
     * @param committeeId the committee, not null
     * @param year        the year the reports count for
     * @return its social-condition reports reported upward and not yet instructed, in the order handed in; never null
     */
    public List<SocialReport> reportsAwaitingInstruction(CommitteeId committeeId, int year) {
        if (!mayRead(PROPOSAL_READ, committeeId)) {
            return List.of();
        }
        SocialReportQuery upward = SocialReportQuery.of(committeeId, year).inStatus(EnumSet.of(SocialReportStatus.REPORTED_UPWARD));
        return Page.all(request -> reports.search(upward, request));
    }

    /**
     * Instructions given in the year: on that year's reports and on the year before's (a report of December is often
     * instructed in January).
     *
     * @param committeeId the committee, not null
     * @param year        the year they were given
     * @return the signed-in leader's instructions on the committee's outcome and social-condition reports, newest
     *         first; never null
     */
    public List<GivenInstruction> instructionsGiven(CommitteeId committeeId, int year) {
        String me = leaderName();
        List<GivenInstruction> given = new ArrayList<>();
        for (int handedOver = year - 1; handedOver <= year; handedOver++) {
            given.addAll(onOutcomes(committeeId, handedOver));
            given.addAll(onReports(committeeId, handedOver));
        }
        return given.stream().filter(g -> g.instruction().givenOn().getYear() == year && LeaderNames.names(g.instruction().leader(), me))
                .sorted(Comparator.comparing((GivenInstruction g) -> g.instruction().givenOn()).reversed()).toList();
    }

    private List<GivenInstruction> onOutcomes(CommitteeId committeeId, int year) {
        if (!mayRead(CONSULTATION_READ, committeeId)) {
            return List.of();
        }
        List<GivenInstruction> given = new ArrayList<>();
        for (TrackedOutcome o : outcomes.of(committeeId, year)) {
            for (Instruction i : o.instructions()) {
                given.add(new GivenInstruction(Subject.OUTCOME, o.activityId().toString(), o.title(), i));
            }
        }
        return given;
    }

    private List<GivenInstruction> onReports(CommitteeId committeeId, int year) {
        if (!mayRead(PROPOSAL_READ, committeeId)) {
            return List.of();
        }
        // Once instructed a report stays so, whatever is reported upward afterwards.
        SocialReportQuery instructed = SocialReportQuery.of(committeeId, year).inStatus(EnumSet.of(SocialReportStatus.INSTRUCTED));
        List<GivenInstruction> given = new ArrayList<>();
        for (SocialReport r : Page.all(request -> reports.search(instructed, request))) {
            for (Instruction i : r.instructions()) {
                given.add(new GivenInstruction(Subject.SOCIAL_REPORT, r.id().toString(), r.currentContent().title(), i));
            }
        }
        return given;
    }

    private static KeyProposal part(Proposal proposal, String me) {
        KeyDesignation key = proposal.key().orElseThrow();
        return new KeyProposal(proposal, key.leadingLeaders().stream().anyMatch(l -> LeaderNames.names(l, me)),
                key.supervisingLeaders().stream().anyMatch(l -> LeaderNames.names(l, me)));
    }

    private boolean mayRead(Permission permission, CommitteeId committeeId) {
        return access.allows(permission, Target.committee(committeeId));
    }
}
