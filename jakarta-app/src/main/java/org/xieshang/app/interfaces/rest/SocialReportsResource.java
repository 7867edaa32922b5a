package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.SOCIAL_REPORT;
import static org.xieshang.domain.security.Permission.LEADER_INSTRUCT;
import static org.xieshang.domain.security.Permission.PROPOSAL_MANAGE;
import static org.xieshang.domain.security.Permission.PROPOSAL_READ;
import static org.xieshang.domain.security.Permission.PROPOSAL_SUBMIT;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.socialreport.SocialReportService;
import org.xieshang.app.application.socialreport.SocialReportViews;
import org.xieshang.app.interfaces.rest.SocialReportRequests.DraftChange;
import org.xieshang.app.interfaces.rest.SocialReportRequests.EditRequest;
import org.xieshang.app.interfaces.rest.SocialReportRequests.InstructionRequest;
import org.xieshang.app.interfaces.rest.SocialReportRequests.NoteRequest;
import org.xieshang.app.interfaces.rest.SocialReportRequests.ReasonRequest;
import org.xieshang.app.interfaces.rest.SocialReportRequests.UpperAdoptionRequest;
import org.xieshang.app.interfaces.rest.SocialReportRequests.UpwardRequest;
import org.xieshang.domain.instruction.Instruction;
import org.xieshang.domain.socialreport.SocialReport;
import org.xieshang.domain.socialreport.SocialReportId;

/**
 * One social-condition report through its life: read it; its member revises the draft, submits or withdraws it; the
 * office returns it for revision, edits it, adopts it or not, reports it to upper bodies and records their adoption;
 * leaders' instructions are recorded. Every change names the version read in If-Match; an action the report's status
 * does not allow is a 422 naming both.
 */
@Path("social-reports/{id}")
@RequestScoped
@Tag(name = "Social-condition reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SocialReportsResource {

    @Inject
    SocialReportService reports;

    @Inject
    SocialReportViews views;

    @Inject
    Clock clock;

    @Requires(value = PROPOSAL_READ, on = SOCIAL_REPORT)
    @GET
    public Response get(@PathParam("id") String id) {
        return view(reports.get(reportId(id)));
    }

    /** The member revises the draft: co-authors, title, text and category. */
    @Requires(value = PROPOSAL_SUBMIT, on = SOCIAL_REPORT)
    @PUT
    public Response editDraft(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid DraftChange request) {
        long expected = Http.expectedVersion(ifMatch);
        DraftChange r = Http.body(request);
        return view(reports.editDraft(reportId(id), expected, SocialReportListings.coAuthors(r), SocialReportListings.content(r)));
    }

    @Requires(value = PROPOSAL_SUBMIT, on = SOCIAL_REPORT)
    @POST
    @Path("submit")
    public Response submit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return view(reports.submit(reportId(id), Http.expectedVersion(ifMatch)));
    }

    @Requires(value = PROPOSAL_SUBMIT, on = SOCIAL_REPORT)
    @POST
    @Path("withdraw")
    public Response withdraw(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid NoteRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        return view(reports.withdraw(reportId(id), expected, request == null ? null : request.note));
    }

    @Requires(value = PROPOSAL_MANAGE, on = SOCIAL_REPORT)
    @POST
    @Path("return")
    public Response returnForRevision(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid ReasonRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        return view(reports.returnForRevision(reportId(id), expected, Http.body(request).reason));
    }

    /** The office's edited version (编辑加工); the member's own text is kept. */
    @Requires(value = PROPOSAL_MANAGE, on = SOCIAL_REPORT)
    @POST
    @Path("edit")
    public Response edit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid EditRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        EditRequest r = Http.body(request);
        return view(reports.edit(reportId(id), expected, SocialReportListings.content(r.title, r.text, r.category)));
    }

    @Requires(value = PROPOSAL_MANAGE, on = SOCIAL_REPORT)
    @POST
    @Path("adoption")
    public Response adopt(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid NoteRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        return view(reports.adopt(reportId(id), expected, request == null ? null : request.note));
    }

    @Requires(value = PROPOSAL_MANAGE, on = SOCIAL_REPORT)
    @POST
    @Path("decline")
    public Response decline(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid ReasonRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        return view(reports.decline(reportId(id), expected, Http.body(request).reason));
    }

    /** Reported to one more upper body (报送上级). */
    @Requires(value = PROPOSAL_MANAGE, on = SOCIAL_REPORT)
    @POST
    @Path("upward-reports")
    public Response reportUpward(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid UpwardRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        UpwardRequest r = Http.body(request);
        return view(reports.reportUpward(reportId(id), expected, r.recipient, Optional.ofNullable(r.reportedOn)));
    }

    @Requires(value = PROPOSAL_MANAGE, on = SOCIAL_REPORT)
    @POST
    @Path("upper-adoption")
    public Response recordUpperAdoption(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid UpperAdoptionRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        UpperAdoptionRequest r = Http.body(request);
        return view(reports.recordUpperAdoption(reportId(id), expected, r.recipient, Optional.ofNullable(r.adoptedOn), r.note));
    }

    /** A leader's instruction (领导批示), dated today unless the body says when it was written. */
    @Requires(value = LEADER_INSTRUCT, on = SOCIAL_REPORT)
    @POST
    @Path("instructions")
    public Response recordInstruction(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid InstructionRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        InstructionRequest r = Http.body(request);
        LocalDate givenOn = r.givenOn == null ? LocalDate.now(clock) : r.givenOn;
        return view(reports.recordInstruction(reportId(id), expected, new Instruction(r.leader, r.text, givenOn)));
    }

    private Response view(SocialReport report) {
        return Http.ok(views.of(report), report.version());
    }

    private static SocialReportId reportId(String id) {
        return Http.pathId(id, SocialReportId::parse, "social-report");
    }
}
