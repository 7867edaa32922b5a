package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.CONSULTATION_ACTIVITY;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.consultation.ConsultationActivityService;
import org.xieshang.app.application.consultation.ConsultationActivityService.ThreeBeforeAnswer;
import org.xieshang.app.infrastructure.files.AttachmentContent;
import org.xieshang.app.infrastructure.files.StoredAttachment;
import org.xieshang.app.interfaces.rest.ConsultationJson.ActivityView;
import org.xieshang.app.interfaces.rest.ConsultationJson.AttachmentView;
import org.xieshang.app.interfaces.rest.ConsultationJson.MeetingRequestJson;
import org.xieshang.app.interfaces.rest.ConsultationJson.OutcomeRequest;
import org.xieshang.app.interfaces.rest.ConsultationJson.OutcomeView;
import org.xieshang.app.interfaces.rest.ConsultationJson.ParticipantRequest;
import org.xieshang.app.interfaces.rest.ConsultationJson.StepRequest;
import org.xieshang.app.interfaces.rest.ConsultationJson.SuggestionView;
import org.xieshang.app.interfaces.rest.ConsultationJson.ThreeBeforeView;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.ConsultationActivity;
import org.xieshang.domain.consultation.ConsultationActivityId;
import org.xieshang.domain.consultation.ConsultationStep;
import org.xieshang.domain.consultation.MatterAction;
import org.xieshang.domain.consultation.MeetingRequest;
import org.xieshang.domain.consultation.OutcomeReport;
import org.xieshang.domain.consultation.Participant;
import org.xieshang.domain.consultation.ParticipantKind;
import org.xieshang.domain.consultation.StepRecord;
import org.xieshang.domain.consultation.Suggestion;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;

/**
 * One consultation activity: its eight steps with their deliverables, its participants, its meeting, its outcome,
 * and the "three before" check that other systems call before recording a matter as decided, passed or implemented.
 */
@Path("consultation-activities/{id}")
@RequestScoped
@Tag(name = "Consultation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsultationActivitiesResource {

    @Inject
    ConsultationActivityService activities;

    @Requires(value = CONSULTATION_READ, on = CONSULTATION_ACTIVITY)
    @GET
    public Response get(@PathParam("id") String id) {
        return view(activities.get(activityId(id)));
    }

    /** Invites a member (by record) or an expert, department head, leader, resident or stakeholder (by name and unit). */
    @Requires(value = CONSULTATION_MANAGE, on = CONSULTATION_ACTIVITY)
    @POST
    @Path("participants")
    public Response invite(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid ParticipantRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        ParticipantRequest r = Http.body(request);
        ParticipantKind kind = Http.enumValue(ParticipantKind.class, r.kind, "kind");
        ConsultationActivityId activityId = activityId(id);
        if (kind == ParticipantKind.MEMBER) {
            return view(activities.inviteMember(activityId, expected, Http.bodyId(r.memberId, MemberId::new, "memberId")));
        }
        CommitteeId committee = Http.optionalId(r.committeeId, "committeeId").map(CommitteeId::new)
                .orElseGet(() -> activities.get(activityId).committeeId());
        return view(activities.invite(activityId, expected, new Participant(kind, committee, Optional.empty(), r.name, r.unit)));
    }

    /**
     * Schedules the consultation meeting as a duty activity: the form's default audience is invited (a sector
     * consultation, the sector's members…) together with the member participants; attendance is taken there.
     */
    @Requires(value = CONSULTATION_MANAGE, on = CONSULTATION_ACTIVITY)
    @POST
    @Path("meeting")
    public Response scheduleMeeting(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid MeetingRequestJson request) {
        long expected = Http.expectedVersion(ifMatch);
        MeetingRequestJson r = Http.body(request);
        MeetingRequest meeting = new MeetingRequest(r.termNumber, r.startsAt, r.endsAt, Optional.ofNullable(r.place).filter(p -> !p.isBlank()),
                r.organiser, Http.optionalId(r.sectorId, "sectorId").map(SectorId::new),
                Http.optionalId(r.specialCommitteeId, "specialCommitteeId").map(SpecialCommitteeId::new));
        return view(activities.scheduleMeeting(activityId(id), expected, meeting));
    }

    /** Records the next step as done, with its deliverable; a skipped step or a meeting before research is refused. */
    @Requires(value = CONSULTATION_MANAGE, on = CONSULTATION_ACTIVITY)
    @POST
    @Path("steps")
    public Response complete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid StepRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        StepRequest r = Http.body(request);
        StepRecord record = new StepRecord(Http.enumValue(ConsultationStep.class, r.step, "step"), r.deliverable,
                Optional.ofNullable(r.attachmentId).filter(a -> !a.isBlank()), r.doneBy, r.doneOn,
                Optional.ofNullable(r.decidingOrganisation).filter(o -> !o.isBlank()));
        return view(activities.complete(activityId(id), expected, record));
    }

    /**
     * Uploads a deliverable's file: the body is the file, its name in {@code Content-Disposition}. The type is read from
     * the content (PDF, OFD, Word, Excel, PowerPoint, images, plain text), the size capped, the name sanitised. A step
     * then names the returned identifier.
     */
    @Requires(value = CONSULTATION_MANAGE, on = CONSULTATION_ACTIVITY)
    @POST
    @Path("attachments")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") String id, @HeaderParam("Content-Disposition") String disposition, InputStream file) {
        String name = ContentDispositions.fileName(disposition).orElseThrow(() -> new ProblemException(400, "upload.name-missing", "Content-Disposition"));
        StoredAttachment stored = activities.attach(activityId(id), name, file);
        return Response.status(Response.Status.CREATED)
                .entity(new AttachmentView(stored.id(), stored.fileName(), stored.mediaType(), stored.sizeBytes(), stored.sha256())).build();
    }

    /** Downloads the file of a done step's deliverable. */
    @Requires(value = CONSULTATION_READ, on = CONSULTATION_ACTIVITY)
    @GET
    @Path("steps/{step}/attachment")
    @Produces(MediaType.WILDCARD)
    public Response deliverable(@PathParam("id") String id, @PathParam("step") String step) {
        ConsultationStep which = Arrays.stream(ConsultationStep.values()).filter(s -> s.name().equals(step)).findFirst()
                .orElseThrow(() -> new NotFoundException("attachment", null, step));
        AttachmentContent file = activities.deliverable(activityId(id), which)
                .orElseThrow(() -> new NotFoundException("attachment", null, step));
        return Response.ok(file.stream(), file.attachment().mediaType()).header("Content-Disposition",
                ContentDispositions.attachment(file.attachment().fileName())).header("Content-Length", file.attachment().sizeBytes()).build();
    }

    /** Writes the meeting's outcome report and hands its suggestions to the feedback loop, once. */
    @Requires(value = CONSULTATION_MANAGE, on = CONSULTATION_ACTIVITY)
    @POST
    @Path("outcome")
    public Response reportOutcome(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid OutcomeRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        OutcomeRequest r = Http.body(request);
        OutcomeReport report = activities.reportOutcome(activityId(id), expected, r.title, r.suggestions.stream()
                .map(s -> new Suggestion(s.text, Optional.ofNullable(s.addressee).filter(a -> !a.isBlank()))).toList());
        return Response.status(Response.Status.CREATED).entity(new OutcomeView(report.activityId().toString(), report.title(),
                report.suggestions().stream().map(s -> new SuggestionView(s.text(), s.addressee().orElse(null))).toList(), report.reportedOn())).build();
    }

    /**
     * The "three before" check (三在前): may a matter consulted in this activity be decided, passed or implemented now?
     * Always 200; {@code allowed} is the answer. All three actions wait alike for the consultation; the action asked
     * about is echoed so that a caller's log reads whole.
     */
    @Requires(value = CONSULTATION_READ, on = CONSULTATION_ACTIVITY)
    @GET
    @Path("three-before")
    public ThreeBeforeView threeBefore(@PathParam("id") String id,
                                       @QueryParam("action") @Parameter(description = "DECIDE, PASS or IMPLEMENT") String action) {
        ThreeBeforeAnswer answer = activities.threeBefore(activityId(id), Optional.ofNullable(Http.enumValue(MatterAction.class, action, "action")));
        return new ThreeBeforeView(answer.activity().id().toString(), answer.verdict().name(), answer.action().map(Enum::name).orElse(null),
                answer.allowed(), answer.activity().process().nextStep().map(Enum::name).orElse(null));
    }

    private static ConsultationActivityId activityId(String id) {
        return Http.pathId(id, ConsultationActivityId::parse, "consultation-activity");
    }

    private static Response view(ConsultationActivity activity) {
        return Http.ok(ActivityView.of(activity), activity.version());
    }
}
