package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.DUTY_REPORT;
import static org.xieshang.domain.security.Permission.DUTY_FILE_MANAGE;
import static org.xieshang.domain.security.Permission.DUTY_FILE_READ;
import static org.xieshang.domain.security.Permission.DUTY_SELF_SERVICE;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.duty.DutyReportService;
import org.xieshang.app.interfaces.rest.DutyJson.ReportView;
import org.xieshang.app.interfaces.rest.DutyJson.ReviewRequest;
import org.xieshang.domain.duty.DutyReport;
import org.xieshang.domain.duty.DutyReportId;

/** A member's duty report: submission by the member, review by staff. */
@Path("duty-reports/{id}")
@RequestScoped
@Tag(name = "Duty files")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DutyReportsResource {

    @Inject
    DutyReportService reports;

    @Requires(value = DUTY_FILE_READ, on = DUTY_REPORT)
    @GET
    public Response report(@PathParam("id") String id) {
        DutyReport report = reports.get(reportId(id));
        return Http.ok(ReportView.of(report), report.version());
    }

    /** The member submits the report for review. */
    @Requires(value = DUTY_SELF_SERVICE, on = DUTY_REPORT)
    @POST
    @Path("submission")
    public Response submit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        long expected = Http.expectedVersion(ifMatch);
        DutyReport report = reports.submit(reportId(id), expected);
        return Http.ok(ReportView.of(report), report.version());
    }

    /** Staff accept the report or return it with a comment. */
    @Requires(value = DUTY_FILE_MANAGE, on = DUTY_REPORT)
    @PUT
    @Path("review")
    public Response review(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid ReviewRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        ReviewRequest r = Http.body(request);
        DutyReport report = reports.review(reportId(id), expected, r.accept, r.comment);
        return Http.ok(ReportView.of(report), report.version());
    }

    private static DutyReportId reportId(String id) {
        return Http.pathId(id, DutyReportId::parse, "duty-report");
    }
}
