package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.MEMBER;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.duty.ActivityService;
import org.xieshang.app.application.duty.DutyFileService;
import org.xieshang.app.application.duty.DutyReportService;
import org.xieshang.app.interfaces.rest.DutyJson.ActivitySummaryView;
import org.xieshang.app.interfaces.rest.DutyJson.DutyFileView;
import org.xieshang.app.interfaces.rest.DutyJson.EventView;
import org.xieshang.app.interfaces.rest.DutyJson.InvitationView;
import org.xieshang.app.interfaces.rest.DutyJson.LeaveRequestBody;
import org.xieshang.app.interfaces.rest.DutyJson.ManualEventRequest;
import org.xieshang.app.interfaces.rest.DutyJson.ReportRequest;
import org.xieshang.app.interfaces.rest.DutyJson.ReportView;
import org.xieshang.domain.activity.ActivityId;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.duty.DutyReport;
import org.xieshang.domain.duty.DutyReportKind;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.Ids;

/** A member's duty file (履职档案): the ledger with every point traced, their invitations and leave, their duty reports. */
@Path("members/{id}")
@RequestScoped
@Tag(name = "Duty files")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberDutyResource {

    @Inject
    DutyFileService dutyFiles;

    @Inject
    ActivityService activities;

    @Inject
    DutyReportService reports;

    @Inject
    Clock clock;

    /** The year's ledger, totals per kind and quarter, the score with the item, rule and event behind every point, and attendance. */
    @Requires(value = DUTY_FILE_READ, on = MEMBER)
    @GET
    @Path("duty-file")
    public DutyFileView dutyFile(@PathParam("id") String id, @QueryParam("year") @Parameter(description = "default this year") Integer year) {
        return DutyFileView.of(dutyFiles.dutyFile(memberId(id), year(year)));
    }

    /** Enters a record with its evidence, such as a plenary speech, a research report or a commendation. */
    @Requires(value = DUTY_FILE_MANAGE, on = MEMBER)
    @POST
    @Path("duty-events")
    public Response record(@PathParam("id") String id, @Valid ManualEventRequest request) {
        ManualEventRequest r = Http.body(request);
        DutyEvent event = dutyFiles.record(memberId(id), DutyJson.manualKind(r.kind), r.occurredOn, r.title, r.evidence);
        return Response.status(Response.Status.CREATED).entity(EventView.of(event)).build();
    }

    /** The member's invitations of a year with attendance and leave. */
    @Requires(value = DUTY_FILE_READ, on = MEMBER)
    @GET
    @Path("activities")
    public List<MemberActivityView> activities(@PathParam("id") String id, @QueryParam("year") Integer year) {
        MemberId memberId = memberId(id);
        return activities.ofMember(memberId, year(year)).stream().map(a -> MemberActivityView.of(a, memberId)).toList();
    }

    /**
     * An activity as one member sees it.
     *
     * @param activity   the activity
     * @param invitation the member's invitation
     */
    public record MemberActivityView(ActivitySummaryView activity, InvitationView invitation) {
        static MemberActivityView of(DutyActivity a, MemberId memberId) {
            var invitation = a.invitation(memberId).orElseThrow();
            return new MemberActivityView(ActivitySummaryView.of(a), new InvitationView(memberId.toString(), null, invitation.obligatory(),
                    invitation.attendance().name(), invitation.leave().map(DutyJson.LeaveView::of).orElse(null)));
        }
    }

    /** Asks for leave before the activity starts: the member themself, or staff on the member's behalf. */
    @Requires(value = DUTY_FILE_READ, on = MEMBER)
    @POST
    @Path("leave-requests")
    public Response requestLeave(@PathParam("id") String id, @Valid LeaveRequestBody request) {
        LeaveRequestBody r = Http.body(request);
        MemberId memberId = memberId(id);
        DutyActivity activity = activities.requestLeave(new ActivityId(Ids.parse(r.activityId, "activityId")), memberId, r.reason);
        return Response.status(Response.Status.CREATED).entity(MemberActivityView.of(activity, memberId)).tag(Http.etag(activity.version())).build();
    }

    @Requires(value = DUTY_FILE_READ, on = MEMBER)
    @GET
    @Path("duty-reports")
    public List<ReportView> reports(@PathParam("id") String id, @QueryParam("year") Integer year) {
        return reports.ofMember(memberId(id), year(year)).stream().map(ReportView::of).toList();
    }

    /** Writes or revises the member's report of a year (If-Match "0" for a new one). Only the member writes it. */
    @Requires(value = DUTY_SELF_SERVICE, on = MEMBER)
    @PUT
    @Path("duty-reports")
    public Response writeReport(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid ReportRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        ReportRequest r = Http.body(request);
        DutyReport report = reports.write(memberId(id), r.year, Http.enumValue(DutyReportKind.class, r.kind, "kind"), expected, r.text);
        return Http.ok(ReportView.of(report), report.version());
    }

    private int year(Integer year) {
        return year == null ? LocalDate.now(clock).getYear() : year;
    }

    private static MemberId memberId(String id) {
        return Http.pathId(id, MemberId::parse, "member");
    }
}
