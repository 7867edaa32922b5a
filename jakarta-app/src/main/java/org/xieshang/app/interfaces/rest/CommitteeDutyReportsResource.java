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
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.duty.DutyReportService;
import org.xieshang.app.interfaces.rest.DutyJson.ReportView;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.duty.DutyReportStatus;

/** The members' duty reports of a committee, for review. */
@Path("committees/{committeeId}/duty-reports")
@RequestScoped
@Tag(name = "Duty files")
@Produces(MediaType.APPLICATION_JSON)
public class CommitteeDutyReportsResource {

    @Inject
    DutyReportService reports;

    @Inject
    Clock clock;

    @Requires(value = DUTY_FILE_READ, on = COMMITTEE, param = "committeeId")
    @GET
    public PageJson<ReportView> list(@PathParam("committeeId") String committeeId, @QueryParam("year") Integer year,
                                     @QueryParam("status") @Parameter(description = "DRAFT, SUBMITTED, RETURNED or ACCEPTED") String status,
                                     @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageJson.of(reports.search(Http.pathId(committeeId, CommitteeId::parse, "committee"), year == null ? LocalDate.now(clock).getYear() : year,
                Http.enumValue(DutyReportStatus.class, status, "status"), Http.page(page, size)), ReportView::of);
    }
}
