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
import org.xieshang.app.application.outcome.OutcomeService;
import org.xieshang.app.application.outcome.OutcomeViews;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.ConsultationActivityId;
import org.xieshang.domain.outcome.TrackedSuggestion;

/**
 * Outcome report tracking (协商成果办理): the outcome reports the committee's consultations handed over in the year, each
 * with how far it has gone up and how its suggestions stand; one of them open below the list with its suggestions, one
 * row each, and the forms of the consultation office and the leaders. The address may name the report to open.
 */
@Named
@ViewScoped
public class OutcomesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommitteeSelection selection;

    @Inject
    CommitteeService committees;

    @Inject
    OutcomeService outcomes;

    @Inject
    OutcomeViews views;

    @Inject
    OpenOutcome report;

    private String committeeId;
    private String committeeName;
    private Integer year;
    private String id;
    private String search;
    private int loaded = -1;
    private List<OutcomeRow> rows = List.of();

    /**
     * Reads the year's reports of the committee chosen in the header, and opens the one the address names.
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
        if (id != null && !id.isBlank()) {
            Pages.orNotFound(() -> {
                report.open(ConsultationActivityId.parse(id));
                return id;
            });
        }
        return null;
    }

    /** Opens a report of the list below it. */
    public void open(OutcomeRow row) {
        report.open(ConsultationActivityId.parse(row.getId()));
    }

    private void refresh() {
        if (loaded == report.revision() || committeeId == null) {
            return;
        }
        LocalDate today = Now.today();
        Locale locale = Texts.locale();
        CommitteeId committee = CommitteeId.parse(committeeId);
        Predicate<TrackedSuggestion> dueSoon = views.dueSoon(committee, today);
        rows = outcomes.of(committee, getYear()).stream().map(o -> new OutcomeRow(o, today, dueSoon, locale)).toList();
        loaded = report.revision();
    }

    /** @return the reports, newest first, narrowed by the search box */
    public List<OutcomeRow> getRows() {
        refresh();
        String text = search == null ? "" : search.strip();
        return rows.stream().filter(r -> r.getTitle().contains(text)).toList();
    }

    /** @return how many reports wait for the Party group's submission */
    public long getReceived() {
        refresh();
        return rows.stream().filter(r -> r.getSubmittedTo().isEmpty()).count();
    }

    /** @return how many submitted reports wait for a leader's instruction */
    public long getAwaitingInstruction() {
        refresh();
        return rows.stream().filter(OutcomeRow::isAwaitingInstruction).count();
    }

    /** @return how many suggestions of the year's reports are due within the warning period */
    public long getDueSoon() {
        refresh();
        return rows.stream().mapToLong(OutcomeRow::getDueSoon).sum();
    }

    /** @return how many suggestions of the year's reports are overdue */
    public long getOverdue() {
        refresh();
        return rows.stream().mapToLong(OutcomeRow::getOverdue).sum();
    }

    public String getCommitteeName() {
        return committeeName;
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

    /** @return the report to open, as the address names it */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
