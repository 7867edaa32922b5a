package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.COMMITTEE;
import static org.xieshang.domain.security.Permission.CONSULTATION_MANAGE;
import static org.xieshang.domain.security.Permission.CONSULTATION_READ;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.consultation.ConsultationService;
import org.xieshang.app.interfaces.rest.ConsultationJson.ApprovalRequest;
import org.xieshang.app.interfaces.rest.ConsultationJson.PlanView;
import org.xieshang.app.interfaces.rest.ConsultationJson.ScreeningRequest;
import org.xieshang.app.interfaces.rest.ConsultationJson.TopicRequest;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.ConsultationForm;
import org.xieshang.domain.consultation.ConsultationPlan;
import org.xieshang.domain.consultation.ContentArea;
import org.xieshang.domain.consultation.PlanChange;
import org.xieshang.domain.consultation.Topic;
import org.xieshang.domain.consultation.TopicId;
import org.xieshang.domain.consultation.TopicSource;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;

/** A committee's annual consultation plan: drafting, topics, screening, submission, the Party committee's approval, publication. */
@Path("committees/{committeeId}/consultation-plans/{year}")
@RequestScoped
@Tag(name = "Consultation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeConsultationPlanResource {

    @Inject
    ConsultationService plans;

    @Requires(value = CONSULTATION_READ, on = COMMITTEE, param = "committeeId")
    @GET
    public Response plan(@PathParam("committeeId") String committeeId, @PathParam("year") int year) {
        return view(plans.plan(committee(committeeId), year));
    }

    /** Starts the year's plan as an empty draft. */
    @Requires(value = CONSULTATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    public Response draft(@PathParam("committeeId") String committeeId, @PathParam("year") int year) {
        return view(plans.draft(committee(committeeId), year));
    }

    @Requires(value = CONSULTATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    @Path("topics")
    public Response addTopic(@PathParam("committeeId") String committeeId, @PathParam("year") int year, @HeaderParam("If-Match") String ifMatch,
                             @Valid TopicRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        TopicRequest r = Http.body(request);
        Topic topic = new Topic(TopicId.generate(), r.title, r.description, Http.enumValue(TopicSource.class, r.source, "source"),
                Http.enumValue(ContentArea.class, r.area, "area"),
                Http.optionalId(r.leadSpecialCommitteeId, "leadSpecialCommitteeId").map(SpecialCommitteeId::new),
                Optional.ofNullable(r.counterpartDepartment).filter(d -> !d.isBlank()), r.plannedQuarter, Optional.ofNullable(r.plannedMonth),
                Http.enumValue(ConsultationForm.class, r.form, "form"), Optional.empty());
        return view(plans.putTopic(committee(committeeId), year, expected, topic));
    }

    @Requires(value = CONSULTATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    @Path("screenings")
    public Response screen(@PathParam("committeeId") String committeeId, @PathParam("year") int year, @HeaderParam("If-Match") String ifMatch,
                           @Valid ScreeningRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        ScreeningRequest r = Http.body(request);
        return view(plans.screen(committee(committeeId), year, expected, Http.pathId(r.topicId, TopicId::parse, "topic"), r.category, r.reason));
    }

    @Requires(value = CONSULTATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    @Path("submission")
    public Response submit(@PathParam("committeeId") String committeeId, @PathParam("year") int year, @HeaderParam("If-Match") String ifMatch) {
        long expected = Http.expectedVersion(ifMatch);
        return view(plans.submit(committee(committeeId), year, expected));
    }

    /** Records the Party committee's approval (审定); refused while a topic is unscreened or not consultable. */
    @Requires(value = CONSULTATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    @Path("approval")
    public Response approve(@PathParam("committeeId") String committeeId, @PathParam("year") int year, @HeaderParam("If-Match") String ifMatch,
                            @Valid ApprovalRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        ApprovalRequest r = Http.body(request);
        return view(plans.approve(committee(committeeId), year, expected, new PlanChange(r.approvedBy, r.approvedOn, r.document)));
    }

    @Requires(value = CONSULTATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    @Path("publication")
    public Response publish(@PathParam("committeeId") String committeeId, @PathParam("year") int year, @HeaderParam("If-Match") String ifMatch) {
        long expected = Http.expectedVersion(ifMatch);
        return view(plans.publish(committee(committeeId), year, expected));
    }

    private static CommitteeId committee(String id) {
        return Http.pathId(id, CommitteeId::parse, "committee");
    }

    private static Response view(ConsultationPlan plan) {
        return Http.ok(PlanView.of(plan), plan.version());
    }
}
