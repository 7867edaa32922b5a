package org.xieshang.app.interfaces.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.xieshang.app.application.CommitteeService;
import org.xieshang.app.application.leader.LeaderAgenda;
import org.xieshang.app.application.outcome.OutcomeViews;
import org.xieshang.app.application.proposal.ProposalViews;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.ConsultationActivityId;
import org.xieshang.domain.outcome.TrackedSuggestion;

/**
 * The leader's page (领导阅批) for the committee chosen in the header and the year in the address: key proposals with
 * those the leader leads or supervises first, outcome reports and social-condition reports waiting for an instruction,
 * each opened below its list with the instruction form, and the instructions the leader gave in the year.
 */
@Named
@ViewScoped
public class LeaderView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommitteeSelection selection;

    @Inject
    CommitteeService committees;

    @Inject
    LeaderAgenda agenda;

    @Inject
    ProposalViews views;

    @Inject
    OutcomeViews outcomeViews;

    @Inject
    OpenOutcome outcome;

    @Inject
    ReportInstructionView reportInstruction;

    private String committeeId;
    private String committeeName;
    private String leaderName;
    private Integer year;
    private List<KeyProposalRow> keyProposals = List.of();
    private int loaded = -1;
    private List<OutcomeRow> outcomes = List.of();
    private List<WaitingReportRow> reports = List.of();
    private List<GivenInstructionRow> given = List.of();

    /**
     * Reads the key proposals, which this page does not change; the other lists are read as instructions change them.
     *
     * @return the committee overview while there is no committee, else null: stay
     */
    public String load() {
        String elsewhere = selection.requireCommittee();
        if (elsewhere != null) {
            return elsewhere;
        }
        CommitteeId chosen = selection.current();
        committeeId = chosen.toString();
        committeeName = committees.get(chosen).name();
        leaderName = agenda.leaderName();
        ProposalNames names = new ProposalNames(views);
        LocalDate today = Now.today();
        keyProposals = agenda.keyProposals(chosen, getYear()).stream().map(k -> new KeyProposalRow(k, names, today)).toList();
        return null;
    }

    private void refresh() {
        int revision = outcome.revision() + reportInstruction.revision();
        if (loaded == revision || committeeId == null) {
            return;
        }
        CommitteeId committee = CommitteeId.parse(committeeId);
        LocalDate today = Now.today();
        Locale locale = Texts.locale();
        ProposalNames names = new ProposalNames(views);
        Predicate<TrackedSuggestion> dueSoon = outcomeViews.dueSoon(committee, today);
        outcomes = agenda.outcomesAwaitingInstruction(committee, getYear()).stream().map(o -> new OutcomeRow(o, today, dueSoon, locale)).toList();
        reports = agenda.reportsAwaitingInstruction(committee, getYear()).stream().map(r -> new WaitingReportRow(r, names::member, locale)).toList();
        given = agenda.instructionsGiven(committee, getYear()).stream().map(GivenInstructionRow::new).toList();
        loaded = revision;
    }

    /** Opens an outcome report of the list below it, to be read and instructed on. */
    public void openOutcome(OutcomeRow row) {
        outcome.open(ConsultationActivityId.parse(row.getId()));
    }

    public List<KeyProposalRow> getKeyProposals() {
        return keyProposals;
    }

    /** @return how many key proposals the leader leads or supervises */
    public long getOwnKeyProposals() {
        return keyProposals.stream().filter(k -> k.isLeading() || k.isSupervising()).count();
    }

    public List<OutcomeRow> getOutcomes() {
        refresh();
        return outcomes;
    }

    public List<WaitingReportRow> getReports() {
        refresh();
        return reports;
    }

    public List<GivenInstructionRow> getGiven() {
        refresh();
        return given;
    }

    public String getCommitteeName() {
        return committeeName;
    }

    /** @return the signed-in leader's name, by which designations and instructions are matched */
    public String getLeaderName() {
        return leaderName;
    }

    /** @return the year in the address, this year by default */
    public Integer getYear() {
        return year == null ? Now.today().getYear() : year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<Integer> getYears() {
        return Now.recentYears(false);
    }
}
