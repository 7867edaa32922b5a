package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.COMMITTEE;
import static org.xieshang.domain.security.Permission.DUTY_FILE_READ;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.duty.DutyDirectory;
import org.xieshang.app.application.duty.DutyStatisticsService;
import org.xieshang.app.application.duty.DutyStatisticsService.Report;
import org.xieshang.app.interfaces.export.DutyWorkbooks;
import org.xieshang.app.interfaces.rest.DutyJson.AttendanceView;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.duty.DutyEventKind.Category;
import org.xieshang.domain.duty.scoring.AnnualScore;
import org.xieshang.domain.duty.statistics.AnnualNotification;
import org.xieshang.domain.duty.statistics.NotificationRow;
import org.xieshang.domain.duty.statistics.QuarterRow;
import org.xieshang.domain.duty.statistics.QuarterlyStatistics;
import org.xieshang.domain.duty.statistics.Ranked;
import org.xieshang.domain.duty.statistics.TermEvaluation;
import org.xieshang.domain.duty.statistics.TermEvaluationRow;
import org.xieshang.domain.member.MemberId;

/**
 * The duty statistics: quarterly (一季一统计), the annual notification (一年一通报), ranking and the outstanding shortlist
 * (一年一评比), the term-end evaluation with training coverage; the first three also as XLSX.
 */
@Path("committees/{committeeId}/statistics")
@RequestScoped
@Tag(name = "Duty statistics")
@Produces(MediaType.APPLICATION_JSON)
public class CommitteeStatisticsResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    DutyStatisticsService statistics;

    @Inject
    Clock clock;

    public record QuarterLineView(String key, String name, int members, Map<String, Integer> counts, AttendanceView attendance) {
        static <K> QuarterLineView of(QuarterRow<K> row, String name) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Category category : Category.values()) {
                counts.put(category.name(), row.count(category));
            }
            return new QuarterLineView(row.key().toString(), name, row.members(), counts, AttendanceView.of(row.attendance()));
        }
    }

    public record OrganiserView(String specialCommitteeId, String name, int activities, AttendanceView attendance) {
    }

    public record QuarterlyView(int year, int quarter, List<QuarterLineView> members, List<QuarterLineView> sectors, List<OrganiserView> specialCommittees) {
    }

    @Requires(value = DUTY_FILE_READ, on = COMMITTEE, param = "committeeId")
    @GET
    @Path("quarterly")
    public QuarterlyView quarterly(@PathParam("committeeId") String committeeId, @QueryParam("year") Integer year,
                                   @QueryParam("quarter") @Parameter(description = "1 to 4, default the current quarter") Integer quarter) {
        Report<QuarterlyStatistics> report = statistics.quarterly(committee(committeeId), year(year), quarter(quarter));
        DutyDirectory names = report.directory();
        QuarterlyStatistics data = report.data();
        return new QuarterlyView(data.year(), data.quarter(), data.members().stream().map(r -> QuarterLineView.of(r, names.name(r.key()))).toList(),
                data.sectors().stream().map(r -> QuarterLineView.of(r, names.sector(r.key()))).toList(),
                data.specialCommittees().stream().map(r -> new OrganiserView(r.specialCommitteeId().toString(),
                        names.specialCommittee(r.specialCommitteeId()), r.activities(), AttendanceView.of(r.attendance()))).toList());
    }

    @Requires(value = DUTY_FILE_READ, on = COMMITTEE, param = "committeeId")
    @GET
    @Path("quarterly.xlsx")
    @Produces(XLSX)
    public Response quarterlyWorkbook(@PathParam("committeeId") String committeeId, @QueryParam("year") Integer year,
                                      @QueryParam("quarter") Integer quarter) {
        CommitteeId id = committee(committeeId);
        Report<QuarterlyStatistics> report = statistics.quarterly(id, year(year), quarter(quarter));
        statistics.recordExport(id, "quarterly " + report.data().year() + "Q" + report.data().quarter());
        return download(out -> DutyWorkbooks.quarterly(report, out), "duty-quarterly-" + report.data().year() + "-q" + report.data().quarter());
    }

    public record NotificationLineView(int rank, String memberId, String code, String name, String sector, boolean standing, BigDecimal score,
                                       String grade, Boolean passed, AttendanceView attendance, int participation, int proposals, int reports,
                                       List<String> findings) {
        static NotificationLineView of(Ranked<NotificationRow> ranked, DutyDirectory names) {
            NotificationRow r = ranked.item();
            return new NotificationLineView(ranked.rank(), r.memberId().toString(), names.code(r.memberId()), names.name(r.memberId()),
                    names.sector(r.sectorId()), r.standing(), r.score().map(s -> s.total().toDecimal()).orElse(null),
                    r.score().map(AnnualScore::grade).orElse(null), r.score().map(AnnualScore::passed).orElse(null), AttendanceView.of(r.attendance()),
                    r.participation(), r.proposals(), r.reports(), r.findings().stream().map(Enum::name).toList());
        }
    }

    public record AnnualView(int year, List<NotificationLineView> rows) {
    }

    /** The annual notification: every member's score, grade and attendance, ranked (ties share a place). */
    @Requires(value = DUTY_FILE_READ, on = COMMITTEE, param = "committeeId")
    @GET
    @Path("annual")
    public AnnualView annual(@PathParam("committeeId") String committeeId, @QueryParam("year") Integer year) {
        Report<AnnualNotification> report = statistics.annual(committee(committeeId), year(year));
        return new AnnualView(report.data().year(), report.data().rows().stream().map(r -> NotificationLineView.of(r, report.directory())).toList());
    }

    @Requires(value = DUTY_FILE_READ, on = COMMITTEE, param = "committeeId")
    @GET
    @Path("annual.xlsx")
    @Produces(XLSX)
    public Response annualWorkbook(@PathParam("committeeId") String committeeId, @QueryParam("year") Integer year) {
        CommitteeId id = committee(committeeId);
        Report<AnnualNotification> report = statistics.annual(id, year(year));
        statistics.recordExport(id, "annual " + report.data().year());
        return download(out -> DutyWorkbooks.annual(report, out), "duty-annual-" + report.data().year());
    }

    public record RankingView(int year, List<NotificationLineView> ranking, List<NotificationLineView> shortlist) {
    }

    /** The ranking and the outstanding members shortlist (passed, no unexcused absence, at least the minimum score; ties at the last place all in). */
    @Requires(value = DUTY_FILE_READ, on = COMMITTEE, param = "committeeId")
    @GET
    @Path("ranking")
    public RankingView ranking(@PathParam("committeeId") String committeeId, @QueryParam("year") Integer year,
                               @QueryParam("size") @Parameter(description = "places on the shortlist, default 10") Integer size,
                               @QueryParam("minimumScore") @Parameter(description = "lowest score for the shortlist, default 85") BigDecimal minimumScore) {
        Report<AnnualNotification> report = statistics.annual(committee(committeeId), year(year));
        List<Ranked<NotificationRow>> shortlist = report.data().shortlist(size == null ? 10 : size, tenths(minimumScore));
        return new RankingView(report.data().year(), report.data().rows().stream().map(r -> NotificationLineView.of(r, report.directory())).toList(),
                shortlist.stream().map(r -> NotificationLineView.of(r, report.directory())).toList());
    }

    @Requires(value = DUTY_FILE_READ, on = COMMITTEE, param = "committeeId")
    @GET
    @Path("ranking.xlsx")
    @Produces(XLSX)
    public Response rankingWorkbook(@PathParam("committeeId") String committeeId, @QueryParam("year") Integer year, @QueryParam("size") Integer size,
                                    @QueryParam("minimumScore") BigDecimal minimumScore) {
        CommitteeId id = committee(committeeId);
        Report<AnnualNotification> report = statistics.annual(id, year(year));
        List<Ranked<NotificationRow>> shortlist = report.data().shortlist(size == null ? 10 : size, tenths(minimumScore));
        statistics.recordExport(id, "ranking " + report.data().year());
        return download(out -> DutyWorkbooks.ranking(report, shortlist, out), "duty-ranking-" + report.data().year());
    }

    public record TermLineView(int rank, String memberId, String name, Map<Integer, BigDecimal> scores, BigDecimal average, int failedYears,
                               AttendanceView attendance, int trainings, int participation) {
    }

    public record TermView(int termNumber, BigDecimal trainedPercent, List<String> untrained, List<TermLineView> rows) {
    }

    /** The term-end quantified evaluation (reference for renomination) and the term's training coverage. */
    @Requires(value = DUTY_FILE_READ, on = COMMITTEE, param = "committeeId")
    @GET
    @Path("term")
    public TermView term(@PathParam("committeeId") String committeeId, @QueryParam("termNumber") Integer termNumber) {
        if (termNumber == null) {
            throw new ProblemException(400, "field.required", "termNumber", "termNumber");
        }
        Report<TermEvaluation> report = statistics.term(committee(committeeId), termNumber);
        DutyDirectory names = report.directory();
        TermEvaluation data = report.data();
        return new TermView(data.term().number(), BigDecimal.valueOf(data.trainedShare(), 1),
                data.untrained().stream().map(names::name).toList(), data.rows().stream().map(r -> term(r, names)).toList());
    }

    private static TermLineView term(Ranked<TermEvaluationRow> ranked, DutyDirectory names) {
        TermEvaluationRow r = ranked.item();
        Map<Integer, BigDecimal> scores = new LinkedHashMap<>();
        r.scores().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> scores.put(e.getKey(), e.getValue().total().toDecimal()));
        MemberId id = r.memberId();
        return new TermLineView(ranked.rank(), id.toString(), names.name(id), scores, BigDecimal.valueOf(r.averageTenths(), 1), r.failedYears(),
                AttendanceView.of(r.attendance()), r.trainings(), r.participation());
    }

    private static Response download(StreamingOutput body, String name) {
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build();
    }

    private static int tenths(BigDecimal score) {
        return score == null ? 850 : score.movePointRight(1).intValue();
    }

    private int year(Integer year) {
        return year == null ? LocalDate.now(clock).getYear() : year;
    }

    private int quarter(Integer quarter) {
        return quarter == null ? (LocalDate.now(clock).getMonthValue() - 1) / 3 + 1 : quarter;
    }

    private static CommitteeId committee(String committeeId) {
        return Http.pathId(committeeId, CommitteeId::parse, "committee");
    }
}
