package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.COMMITTEE;
import static org.xieshang.domain.security.Permission.DUTY_FILE_MANAGE;
import static org.xieshang.domain.security.Permission.DUTY_FILE_READ;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.duty.ActivityService;
import org.xieshang.app.interfaces.rest.DutyJson.ActivityRequest;
import org.xieshang.app.interfaces.rest.DutyJson.ActivitySummaryView;
import org.xieshang.app.interfaces.rest.DutyJson.ActivityView;
import org.xieshang.domain.activity.ActivityKind;
import org.xieshang.domain.activity.ActivityQuery;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.committee.CommitteeId;

/** A committee's meetings and activities (履职活动), and the leave requests awaiting a decision. */
@Path("committees/{committeeId}/activities")
@RequestScoped
@Tag(name = "Duty files")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeActivitiesResource {

    @Inject
    ActivityService activities;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    @Requires(value = DUTY_FILE_READ, on = COMMITTEE, param = "committeeId")
    @GET
    public PageJson<ActivitySummaryView> list(@PathParam("committeeId") String committeeId,
                                              @QueryParam("year") @Parameter(description = "calendar year, default this year") Integer year,
                                              @QueryParam("kind") @Parameter(description = "only this kind, such as PLENARY_SESSION") String kind,
                                              @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        ActivityQuery query = new ActivityQuery(committee(committeeId), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31),
                Optional.ofNullable(Http.enumValue(ActivityKind.class, kind, "kind")));
        return PageJson.of(activities.search(query, Http.page(page, size)), ActivitySummaryView::of);
    }

    /** Schedules an activity and invites its audience (all members, standing members or a sector's members serving that day). */
    @Requires(value = DUTY_FILE_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    public Response schedule(@PathParam("committeeId") String committeeId, @Valid ActivityRequest request) {
        DutyActivity activity = activities.schedule(committee(committeeId), DutyRequests.activity(Http.body(request)));
        return Http.created(uriInfo.getBaseUriBuilder().path("activities").path(activity.id().toString()).build(),
                ActivityView.of(activity, activities.names(activity)), activity.version());
    }

    /** Activities with leave requests awaiting a decision (请假审批), earliest first. */
    @Requires(value = DUTY_FILE_READ, on = COMMITTEE, param = "committeeId")
    @GET
    @Path("leave-requests")
    public List<ActivityView> pendingLeave(@PathParam("committeeId") String committeeId) {
        return activities.pendingLeave(committee(committeeId)).stream().map(a -> ActivityView.of(a, activities.names(a))).toList();
    }

    private static CommitteeId committee(String committeeId) {
        return Http.pathId(committeeId, CommitteeId::parse, "committee");
    }
}
