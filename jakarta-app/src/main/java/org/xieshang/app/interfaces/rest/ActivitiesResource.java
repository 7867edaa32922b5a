package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.ACTIVITY;
import static org.xieshang.domain.security.Permission.DUTY_FILE_MANAGE;
import static org.xieshang.domain.security.Permission.DUTY_FILE_READ;

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
import org.xieshang.app.application.duty.ActivityService;
import org.xieshang.app.interfaces.rest.DutyJson.ActivityRequest;
import org.xieshang.app.interfaces.rest.DutyJson.ActivityView;
import org.xieshang.app.interfaces.rest.DutyJson.AttendanceRequest;
import org.xieshang.app.interfaces.rest.DutyJson.InvitationRequest;
import org.xieshang.app.interfaces.rest.DutyJson.LeaveDecisionRequest;
import org.xieshang.domain.activity.ActivityId;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.member.MemberId;

/** One meeting or activity: its invitations, attendance taking for the whole meeting, leave decisions. */
@Path("activities/{id}")
@RequestScoped
@Tag(name = "Duty files")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivitiesResource {

    @Inject
    ActivityService activities;

    @Requires(value = DUTY_FILE_READ, on = ACTIVITY)
    @GET
    public Response get(@PathParam("id") String id) {
        return view(activities.get(activityId(id)));
    }

    /** Changes the details until attendance is taken. */
    @Requires(value = DUTY_FILE_MANAGE, on = ACTIVITY)
    @PUT
    public Response revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid ActivityRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        return view(activities.revise(activityId(id), expected, DutyRequests.activity(Http.body(request))));
    }

    /** Invites members named one by one (特邀); members already invited keep their invitation. */
    @Requires(value = DUTY_FILE_MANAGE, on = ACTIVITY)
    @POST
    @Path("invitations")
    public Response invite(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid InvitationRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        InvitationRequest r = Http.body(request);
        return view(activities.invite(activityId(id), expected, DutyRequests.members(r.memberIds), r.obligatory));
    }

    /** Takes attendance for the whole meeting in one request; absences are excused where leave was approved. */
    @Requires(value = DUTY_FILE_MANAGE, on = ACTIVITY)
    @PUT
    @Path("attendance")
    public Response attendance(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid AttendanceRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        return view(activities.recordAttendance(activityId(id), expected, DutyRequests.presence(Http.body(request).attendance)));
    }

    /** Approves or refuses a member's leave request (a refusal needs a note). */
    @Requires(value = DUTY_FILE_MANAGE, on = ACTIVITY)
    @PUT
    @Path("leave-requests/{memberId}")
    public Response decideLeave(@PathParam("id") String id, @PathParam("memberId") String memberId, @HeaderParam("If-Match") String ifMatch,
                                @Valid LeaveDecisionRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        LeaveDecisionRequest r = Http.body(request);
        return view(activities.decideLeave(activityId(id), expected, Http.pathId(memberId, MemberId::parse, "member"), r.approve, r.note));
    }

    private Response view(DutyActivity activity) {
        return Http.ok(ActivityView.of(activity, activities.names(activity)), activity.version());
    }

    private static ActivityId activityId(String id) {
        return Http.pathId(id, ActivityId::parse, "activity");
    }
}
