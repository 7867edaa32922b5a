package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.CONSULTATION_ACTIVITY;
import static org.xieshang.domain.security.Permission.CONSULTATION_MANAGE;
import static org.xieshang.domain.security.Permission.CONSULTATION_READ;
import static org.xieshang.domain.security.Permission.LEADER_INSTRUCT;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.outcome.OutcomeService;
import org.xieshang.app.application.outcome.OutcomeViews;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.consultation.ConsultationActivityId;
import org.xieshang.domain.instruction.Instruction;
import org.xieshang.domain.outcome.AdoptionResult;
import org.xieshang.domain.outcome.TrackedOutcome;

/**
 * A consultation's outcome report followed up (协商成果办理): its submission by the Party group, leaders' instructions,
 * and each suggestion's assignment to a department, answer, implementation, supervision and follow-up.
 */
@Path("consultation-activities/{id}/follow-up")
@RequestScoped
@Tag(name = "Consultation outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutcomeFollowUpResource {

    @Inject
    OutcomeService outcomes;

    @Inject
    OutcomeViews views;

    @Requires(value = CONSULTATION_READ, on = CONSULTATION_ACTIVITY)
    @GET
    public Response get(@PathParam("id") String id) {
        return view(outcomes.get(activity(id)));
    }

    @Requires(value = CONSULTATION_MANAGE, on = CONSULTATION_ACTIVITY)
    @POST
    @Path("submission")
    public Response submit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid SubmissionRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        SubmissionRequest r = Http.body(request);
        return view(outcomes.submit(activity(id), expected, r.to, r.submittedOn));
    }

    /** A leader records an instruction (批示) on the report. */
    @Requires(value = LEADER_INSTRUCT, on = CONSULTATION_ACTIVITY)
    @POST
    @Path("instructions")
    public Response instruct(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid InstructionRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        InstructionRequest r = Http.body(request);
        return view(outcomes.instruct(activity(id), expected, new Instruction(r.leader, r.text, r.givenOn)));
    }

    @Requires(value = CONSULTATION_MANAGE, on = CONSULTATION_ACTIVITY)
    @POST
    @Path("suggestions/{number}/assignment")
    public Response assign(@PathParam("id") String id, @PathParam("number") int number, @HeaderParam("If-Match") String ifMatch,
                           @Valid AssignmentRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        AssignmentRequest r = Http.body(request);
        return view(outcomes.assign(activity(id), expected, number, Http.bodyId(r.departmentId, HandlingUnitId::new, "department"), r.dueOn, r.request));
    }

    @Requires(value = CONSULTATION_MANAGE, on = CONSULTATION_ACTIVITY)
    @POST
    @Path("suggestions/{number}/adoption")
    public Response adoption(@PathParam("id") String id, @PathParam("number") int number, @HeaderParam("If-Match") String ifMatch,
                             @Valid AdoptionRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        AdoptionRequest r = Http.body(request);
        return view(outcomes.recordAdoption(activity(id), expected, number, Http.enumValue(AdoptionResult.class, r.result, "result"), r.text));
    }

    @Requires(value = CONSULTATION_MANAGE, on = CONSULTATION_ACTIVITY)
    @POST
    @Path("suggestions/{number}/implementation")
    public Response implementation(@PathParam("id") String id, @PathParam("number") int number, @HeaderParam("If-Match") String ifMatch,
                                   @Valid TextRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        return view(outcomes.recordImplementation(activity(id), expected, number, Http.body(request).text));
    }

    @Requires(value = CONSULTATION_MANAGE, on = CONSULTATION_ACTIVITY)
    @POST
    @Path("suggestions/{number}/supervision")
    public Response supervision(@PathParam("id") String id, @PathParam("number") int number, @HeaderParam("If-Match") String ifMatch,
                                @Valid SupervisionRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        SupervisionRequest r = Http.body(request);
        return view(outcomes.supervise(activity(id), expected, number, r.supervisor, r.finding, r.on));
    }

    @Requires(value = CONSULTATION_MANAGE, on = CONSULTATION_ACTIVITY)
    @POST
    @Path("suggestions/{number}/follow-ups")
    public Response followUp(@PathParam("id") String id, @PathParam("number") int number, @HeaderParam("If-Match") String ifMatch,
                             @Valid TextRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        return view(outcomes.followUp(activity(id), expected, number, Http.body(request).text));
    }

    private Response view(TrackedOutcome outcome) {
        return Http.ok(views.of(outcome), outcome.version());
    }

    private static ConsultationActivityId activity(String id) {
        return Http.pathId(id, ConsultationActivityId::parse, "consultation-activity");
    }

    public static class SubmissionRequest {
        @NotBlank
        @Size(max = 100)
        public String to;
        @NotNull
        public LocalDate submittedOn;
    }

    public static class InstructionRequest {
        @NotBlank
        @Size(max = 50)
        public String leader;
        @NotBlank
        @Size(max = 2000)
        public String text;
        @NotNull
        public LocalDate givenOn;
    }

    public static class AssignmentRequest {
        @NotBlank
        public String departmentId;
        @NotNull
        public LocalDate dueOn;
        @NotBlank
        @Size(max = 2000)
        public String request;
    }

    public static class AdoptionRequest {
        @NotBlank
        public String result;
        @NotBlank
        @Size(max = 2000)
        public String text;
    }

    public static class TextRequest {
        @NotBlank
        @Size(max = 2000)
        public String text;
    }

    public static class SupervisionRequest {
        @NotBlank
        @Size(max = 100)
        public String supervisor;
        @NotBlank
        @Size(max = 2000)
        public String finding;
        @NotNull
        public LocalDate on;
    }
}
