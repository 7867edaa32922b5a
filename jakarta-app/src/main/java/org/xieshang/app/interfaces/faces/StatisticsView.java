package org.xieshang.app.interfaces.faces;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.xieshang.app.application.CommitteeService;
import org.xieshang.app.application.duty.DutyDirectory;
import org.xieshang.app.application.duty.DutyStatisticsService;
import org.xieshang.app.application.duty.DutyStatisticsService.Report;
import org.xieshang.app.interfaces.export.DutyWorkbooks;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.duty.DutyEventKind.Category;
import org.xieshang.domain.duty.discipline.AttendanceSummary;
import org.xieshang.domain.duty.scoring.AnnualScore;
import org.xieshang.domain.duty.statistics.AnnualNotification;
import org.xieshang.domain.duty.statistics.NotificationRow;
import org.xieshang.domain.duty.statistics.QuarterRow;
import org.xieshang.domain.duty.statistics.QuarterlyStatistics;
import org.xieshang.domain.duty.statistics.Ranked;
import org.xieshang.domain.duty.statistics.TermEvaluation;
import org.xieshang.domain.duty.statistics.TermEvaluationRow;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.DomainException;

/**
 * The duty statistics (一季一统计、一年一通报、一年一评比, 届末考评) of the chosen committee, with their XLSX exports.
 */
@Named
@ViewScoped
public class StatisticsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommitteeSelection selection;

    @Inject
    CommitteeService committees;

    @Inject
    DutyStatisticsService statistics;

    private Integer year;
    private Integer quarter;
    private int shortlistSize = 10;
    private BigDecimal minimumScore = BigDecimal.valueOf(85);
    private int termNumber;
    private List<String> categories = List.of();
    private List<StatisticsLine> quarterMembers = List.of();
    private List<StatisticsLine> quarterSectors = List.of();
    private List<StatisticsLine> quarterOrganisers = List.of();
    private List<StatisticsLine> annual = List.of();
    private List<StatisticsLine> shortlist = List.of();
    private List<StatisticsLine> term = List.of();
    private String coverage = "";

    /** Loads the year and quarter named in the address (the current ones by default). */
    public void load() {
        LocalDate today = Now.today();
        year = year == null ? today.getYear() : year;
        quarter = quarter == null ? (today.getMonthValue() - 1) / 3 + 1 : quarter;
        categories = Arrays.stream(Category.values()).map(Texts::label).toList();
        try {
            termNumber = DutyStatisticsService.termFor(committees.get(committee()), year).number();
            quarterly();
            annual();
            term();
        } catch (DomainException e) {
            FormErrors.showOnTop(e);
        }
    }

    private void quarterly() {
        Report<QuarterlyStatistics> report = statistics.quarterly(committee(), year, quarter);
        DutyDirectory names = report.directory();
        quarterMembers = report.data().members().stream().map(r -> quarterLine(names.name(r.key()), sectorOf(names, r.key()), r)).toList();
        quarterSectors = report.data().sectors().stream().map(r -> quarterLine(names.sector(r.key()), Integer.toString(r.members()), r)).toList();
        quarterOrganisers = report.data().specialCommittees().stream().map(r -> new StatisticsLine(0, names.specialCommittee(r.specialCommitteeId()), "",
                List.of(r.activities()), "", "", false, attendance(r.attendance()), "")).toList();
    }

    private static String sectorOf(DutyDirectory names, MemberId memberId) {
        Member member = names.members().get(memberId);
        return member == null ? "" : member.latestMembership().map(m -> names.sector(m.sectorId())).orElse("");
    }

    private static StatisticsLine quarterLine(String name, String group, QuarterRow<?> row) {
        List<Object> numbers = new ArrayList<>();
        for (Category category : Category.values()) {
            numbers.add(row.count(category));
        }
        return new StatisticsLine(0, name, group, numbers, "", "", false, attendance(row.attendance()), "");
    }

    private void annual() {
        Report<AnnualNotification> report = statistics.annual(committee(), year);
        annual = report.data().rows().stream().map(r -> annualLine(r, report.directory())).toList();
        shortlist = report.data().shortlist(Math.max(1, shortlistSize), minimumScore.movePointRight(1).intValue()).stream()
                .map(r -> annualLine(r, report.directory())).toList();
    }

    private static StatisticsLine annualLine(Ranked<NotificationRow> ranked, DutyDirectory names) {
        NotificationRow r = ranked.item();
        String findings = r.findings().stream().map(Texts::label).collect(Collectors.joining("、"));
        return new StatisticsLine(ranked.rank(), names.name(r.memberId()), names.sector(r.sectorId()), List.of(r.participation(), r.proposals(), r.reports()),
                r.score().map(s -> s.total().toString()).orElse(""), r.score().map(AnnualScore::grade).orElse(""),
                r.score().map(s -> !s.passed()).orElse(false), attendance(r.attendance()), findings);
    }

    private void term() {
        Report<TermEvaluation> report = statistics.term(committee(), termNumber);
        DutyDirectory names = report.directory();
        TermEvaluation data = report.data();
        term = data.rows().stream().map(r -> termLine(r, names)).toList();
        coverage = Texts.text("statistics.coverage", Texts.term(termNumber), BigDecimal.valueOf(data.trainedShare(), 1), data.untrained().size(),
                data.untrained().stream().map(names::name).limit(30).collect(Collectors.joining("、")));
    }

    private static StatisticsLine termLine(Ranked<TermEvaluationRow> ranked, DutyDirectory names) {
        TermEvaluationRow r = ranked.item();
        String scores = r.scores().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "：" + e.getValue().total()).collect(Collectors.joining("，"));
        return new StatisticsLine(ranked.rank(), names.name(r.memberId()), scores, List.of(r.failedYears(), r.trainings(), r.participation()),
                BigDecimal.valueOf(r.averageTenths(), 1).toString(), "", r.failedYears() > 0, attendance(r.attendance()), "");
    }

    private static String attendance(AttendanceSummary a) {
        return Texts.text("statistics.attendance", a.present(), a.obliged(), a.excused(), a.unexcused(), a.rate());
    }

    public void refreshShortlist() {
        annual();
    }

    public void exportQuarterly() {
        Report<QuarterlyStatistics> report = statistics.quarterly(committee(), year, quarter);
        statistics.recordExport(committee(), "quarterly " + year + "Q" + quarter);
        Downloads.send("duty-quarterly-" + year + "-q" + quarter + ".xlsx", Downloads.XLSX, out -> DutyWorkbooks.quarterly(report, out));
    }

    public void exportAnnual() {
        Report<AnnualNotification> report = statistics.annual(committee(), year);
        statistics.recordExport(committee(), "annual " + year);
        Downloads.send("duty-annual-" + year + ".xlsx", Downloads.XLSX, out -> DutyWorkbooks.annual(report, out));
    }

    public void exportRanking() {
        Report<AnnualNotification> report = statistics.annual(committee(), year);
        var chosen = report.data().shortlist(Math.max(1, shortlistSize), minimumScore.movePointRight(1).intValue());
        statistics.recordExport(committee(), "ranking " + year);
        Downloads.send("duty-ranking-" + year + ".xlsx", Downloads.XLSX, out -> DutyWorkbooks.ranking(report, chosen, out));
    }

    private CommitteeId committee() {
        return selection.current();
    }

    /** @return the four quarters, labelled */
    public List<SelectItem> getQuarters() {
        return List.of(1, 2, 3, 4).stream().map(q -> new SelectItem(q, Texts.text("duty.quarter", q))).toList();
    }

    public List<Integer> getYears() {
        return Now.recentYears(false);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getQuarter() {
        return quarter;
    }

    public void setQuarter(Integer quarter) {
        this.quarter = quarter;
    }

    public int getShortlistSize() {
        return shortlistSize;
    }

    public void setShortlistSize(int shortlistSize) {
        this.shortlistSize = shortlistSize;
    }

    public BigDecimal getMinimumScore() {
        return minimumScore;
    }

    public void setMinimumScore(BigDecimal minimumScore) {
        this.minimumScore = minimumScore == null ? BigDecimal.ZERO : minimumScore;
    }

    public String getTermName() {
        return Texts.term(termNumber);
    }

    public List<String> getCategories() {
        return categories;
    }

    public List<StatisticsLine> getQuarterMembers() {
        return quarterMembers;
    }

    public List<StatisticsLine> getQuarterSectors() {
        return quarterSectors;
    }

    public List<StatisticsLine> getQuarterOrganisers() {
        return quarterOrganisers;
    }

    public List<StatisticsLine> getAnnual() {
        return annual;
    }

    public List<StatisticsLine> getShortlist() {
        return shortlist;
    }

    public List<StatisticsLine> getTerm() {
        return term;
    }

    public String getCoverage() {
        return coverage;
    }
}
