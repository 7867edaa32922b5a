package org.xieshang.app.interfaces.faces;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.xieshang.app.application.CommitteeService;
import org.xieshang.app.application.proposal.ProposalService;
import org.xieshang.app.application.proposal.ProposalViews;
import org.xieshang.app.interfaces.export.ProposalExports;
import org.xieshang.app.interfaces.export.ProposalExports.Statistics;
import org.xieshang.app.interfaces.export.ProposalWorkbooks;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.proposal.CommitteeCoverage;
import org.xieshang.domain.proposal.ProposalStatistics;

/**
 * The year's proposal statistics of the committee chosen in the header (提案统计), for the proposal office and leaders:
 * per handling unit (led, co-handled, answered on time or late, overdue, pending, satisfaction), per category, and the
 * committee's coverage of 'every item an answer' (件件有回音); also as a workbook.
 */
@Named
@ViewScoped
public class ProposalStatisticsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommitteeSelection selection;

    @Inject
    CommitteeService committees;

    @Inject
    ProposalService proposals;

    @Inject
    ProposalViews views;

    @Inject
    ProposalExports exports;

    private Integer year;
    private String committeeName;
    private List<ProposalUnitLine> units = List.of();
    private List<ProposalCategoryLine> categories = List.of();
    private List<SelectItem> figures = List.of();
    private String coverage;
    private String answerRate;

    public void load() {
        CommitteeId committee = selection.current();
        if (committee == null) {
            return;
        }
        committeeName = committees.get(committee).name();
        ProposalStatistics statistics = proposals.statistics(committee, getYear());
        ProposalNames names = new ProposalNames(views);
        units = statistics.units().stream().map(u -> new ProposalUnitLine(u, names.unit(u.unitId()))).toList();
        categories = statistics.categories().stream().map(ProposalCategoryLine::new).toList();
        CommitteeCoverage c = statistics.committee();
        figures = List.of(figure("proposal-statistics.submitted", c.submitted()), figure("proposal-statistics.filed", c.filed()),
                figure("proposal-statistics.not-filed", c.notFiled()), figure("proposal-statistics.converted", c.converted()),
                figure("proposal-statistics.merged", c.merged()), figure("proposal-statistics.key", c.key()),
                figure("proposal-statistics.answered", c.answered()), figure("proposal-statistics.rated", c.rated()),
                figure("proposal-statistics.closed", c.closed()), figure("proposal-statistics.overdue", c.overdue()));
        coverage = c.filed() == 0 ? "—" : Texts.percent(c.coverage());
        answerRate = c.filed() == 0 ? "—" : Texts.percent(c.answerRate());
    }

    /** Sends the year's statistics as a workbook. */
    public void export() {
        Statistics statistics = exports.exportStatistics(selection.current(), getYear());
        Locale reader = Texts.locale();
        Downloads.send(ProposalWorkbooks.statisticsFile(statistics.year(), Locale.ENGLISH), Downloads.XLSX,
                out -> ProposalWorkbooks.statistics(statistics, reader, out));
    }

    /** A number of the committee's totals with its label: a label and a value is all a SelectItem is here. */
    private static SelectItem figure(String key, int value) {
        return new SelectItem(value, Texts.text(key));
    }

    public String getCommitteeName() {
        return committeeName;
    }

    public Integer getYear() {
        return year == null ? Now.today().getYear() : year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<Integer> getYears() {
        return Now.recentYears(false);
    }

    public List<ProposalUnitLine> getUnits() {
        return units;
    }

    public List<ProposalCategoryLine> getCategories() {
        return categories;
    }

    /** @return the committee's totals, each with its label */
    public List<SelectItem> getFigures() {
        return figures;
    }

    /** @return the share of filed proposals answered and rated (件件有回音) */
    public String getCoverage() {
        return coverage;
    }

    /** @return the share of filed proposals answered */
    public String getAnswerRate() {
        return answerRate;
    }
}
