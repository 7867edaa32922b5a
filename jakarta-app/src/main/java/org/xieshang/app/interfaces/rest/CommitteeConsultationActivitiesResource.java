package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.COMMITTEE;
import static org.xieshang.domain.security.Permission.CONSULTATION_MANAGE;
import static org.xieshang.domain.security.Permission.CONSULTATION_READ;

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
import org.xieshang.app.application.consultation.ConsultationActivityService;
import org.xieshang.app.interfaces.rest.ConsultationJson.ActivityView;
import org.xieshang.app.interfaces.rest.ConsultationJson.StartRequest;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.ConsultationActivity;
import org.xieshang.domain.consultation.JointKind;
import org.xieshang.domain.consultation.JointWork;
import org.xieshang.domain.consultation.TopicId;

/**
 * The consultation activities a committee leads or (city–county joint work) takes part in. A county sees its own
 * participants of a joint activity; the leading city sees all.
 */
@Path("committees/{committeeId}/consultation-activities")
@RequestScoped
@Tag(name = "Consultation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeConsultationActivitiesResource {

    @Inject
    ConsultationActivityService activities;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    @Requires(value = CONSULTATION_READ, on = COMMITTEE, param = "committeeId")
    @GET
    public List<ActivityView> list(@PathParam("committeeId") String committeeId,
                                   @QueryParam("year") @Parameter(description = "plan year, default this year") Integer year) {
        int planYear = year == null ? LocalDate.now(clock).getYear() : year;
        return activities.ofCommittee(committee(committeeId), planYear).stream().map(a -> ActivityView.of(a.activity(), a.participants())).toList();
    }

    /** Starts the consultation of a topic of the approved plan, alone or jointly with chosen counties. */
    @Requires(value = CONSULTATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    public Response start(@PathParam("committeeId") String committeeId, @Valid StartRequest request) {
        StartRequest r = Http.body(request);
        Optional<JointWork> joint = Optional.ofNullable(Http.enumValue(JointKind.class, r.jointKind, "jointKind"))
                .map(kind -> new JointWork(kind, Optional.ofNullable(r.countyIds).orElse(List.of()).stream()
                        .map(id -> Http.bodyId(id, CommitteeId::new, "countyIds")).toList()));
        ConsultationActivity activity = activities.start(committee(committeeId), r.year, Http.bodyId(r.topicId, TopicId::new, "topicId"), joint);
        return Http.created(uriInfo.getBaseUriBuilder().path("consultation-activities").path(activity.id().toString()).build(),
                ActivityView.of(activity), activity.version());
    }

    private static CommitteeId committee(String id) {
        return Http.pathId(id, CommitteeId::parse, "committee");
    }
}
