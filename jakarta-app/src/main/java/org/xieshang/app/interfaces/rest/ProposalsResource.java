package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.PROPOSAL;
import static org.xieshang.domain.security.Permission.PROPOSAL_HANDLE;
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
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.proposal.ProposalService;
import org.xieshang.app.application.proposal.ProposalViews;
import org.xieshang.app.interfaces.rest.ProposalRequests.AnswerRequest;
import org.xieshang.app.interfaces.rest.ProposalRequests.AssignmentRequest;
import org.xieshang.app.interfaces.rest.ProposalRequests.CommunicationRequest;
import org.xieshang.app.interfaces.rest.ProposalRequests.CountersignRequest;
import org.xieshang.app.interfaces.rest.ProposalRequests.DraftRequest;
import org.xieshang.app.interfaces.rest.ProposalRequests.ExtensionDecision;
import org.xieshang.app.interfaces.rest.ProposalRequests.ExtensionRequest;
import org.xieshang.app.interfaces.rest.ProposalRequests.InvitationAnswer;
import org.xieshang.app.interfaces.rest.ProposalRequests.KeyRequest;
import org.xieshang.app.interfaces.rest.ProposalRequests.MemberRequest;
import org.xieshang.app.interfaces.rest.ProposalRequests.MergeRequest;
import org.xieshang.app.interfaces.rest.ProposalRequests.NoteRequest;
import org.xieshang.app.interfaces.rest.ProposalRequests.RatingRequest;
import org.xieshang.app.interfaces.rest.ProposalRequests.RefusalRequest;
import org.xieshang.app.interfaces.rest.ProposalRequests.RehandleRequest;
import org.xieshang.app.interfaces.rest.ProposalRequests.SupervisionRequest;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.proposal.AnswerResult;
import org.xieshang.domain.proposal.Communication;
import org.xieshang.domain.proposal.CommunicationMethod;
import org.xieshang.domain.proposal.CommunicationPhase;
import org.xieshang.domain.proposal.HandlingMode;
import org.xieshang.domain.proposal.ImplementationGrade;
import org.xieshang.domain.proposal.NotFiledReason;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalId;
import org.xieshang.domain.proposal.Satisfaction;
import org.xieshang.domain.proposal.Supervision;

/**
 * One proposal through its life: read it; the proposer edits, invites co-signers, submits, withdraws and rates; the
 * proposal office reviews, assigns, decides extensions, sends back for re-handling, closes and records the supervision;
 * the handling unit (the caller's own) acknowledges, logs contacts, asks for time, countersigns and answers. Every
 * change names the version read in If-Match; an action the proposal's status does not allow is a 422 naming both.
 */
@Path("proposals/{id}")
@RequestScoped
@Tag(name = "Proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalsResource {

    @Inject
    ProposalService proposals;

    @Inject
    ProposalViews views;

    @Inject
    ProposalRequestMapper requests;

    @Requires(value = PROPOSAL_READ, on = PROPOSAL)
    @GET
    public Response get(@PathParam("id") String id) {
        return view(proposals.get(proposalId(id)));
    }

    @Requires(value = PROPOSAL_SUBMIT, on = PROPOSAL)
    @PUT
    public Response edit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid DraftRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        DraftRequest r = Http.body(request);
        ProposalId proposalId = proposalId(id);
        MemberId lead = proposals.get(proposalId).proposer().leadMember().orElse(null);
        return view(proposals.edit(proposalId, expected, requests.proposer(r, lead), requests.content(r)));
    }

    @Requires(value = PROPOSAL_SUBMIT, on = PROPOSAL)
    @POST
    @Path("co-signers")
    public Response invite(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid MemberRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        return view(proposals.inviteCoSigner(proposalId(id), expected, Http.bodyId(Http.body(request).memberId, MemberId::new, "memberId")));
    }

    /** The signed-in member answers their invitation to co-sign. */
    @Requires(value = PROPOSAL_SUBMIT, on = PROPOSAL)
    @POST
    @Path("invitation")
    public Response answerInvitation(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid InvitationAnswer request) {
        long expected = Http.expectedVersion(ifMatch);
        return view(proposals.answerInvitation(proposalId(id), expected, Http.body(request).accept));
    }

    @Requires(value = PROPOSAL_SUBMIT, on = PROPOSAL)
    @POST
    @Path("submit")
    public Response submit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return view(proposals.submit(proposalId(id), Http.expectedVersion(ifMatch)));
    }

    @Requires(value = PROPOSAL_SUBMIT, on = PROPOSAL)
    @POST
    @Path("withdraw")
    public Response withdraw(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid NoteRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        return view(proposals.withdraw(proposalId(id), expected, request == null ? null : request.note));
    }

    /** The lead member rates; for a collective proposer, the proposal office records the rating. */
    @Requires(value = PROPOSAL_SUBMIT, on = PROPOSAL)
    @POST
    @Path("rating")
    public Response rate(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid RatingRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        RatingRequest r = Http.body(request);
        return view(proposals.rate(proposalId(id), expected, Http.enumValue(Satisfaction.class, r.satisfaction, "satisfaction"), r.contacted,
                r.comment));
    }

    @Requires(value = PROPOSAL_MANAGE, on = PROPOSAL)
    @POST
    @Path("return")
    public Response returnForRevision(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid NoteRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        return view(proposals.returnForRevision(proposalId(id), expected, Http.body(request).note));
    }

    @Requires(value = PROPOSAL_MANAGE, on = PROPOSAL)
    @POST
    @Path("file")
    public Response file(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid NoteRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        return view(proposals.file(proposalId(id), expected, request == null ? null : request.note));
    }

    @Requires(value = PROPOSAL_MANAGE, on = PROPOSAL)
    @POST
    @Path("refuse-filing")
    public Response refuseFiling(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid RefusalRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        RefusalRequest r = Http.body(request);
        return view(proposals.refuseFiling(proposalId(id), expected, Http.enumValue(NotFiledReason.class, r.reason, "reason"), r.note));
    }

    @Requires(value = PROPOSAL_MANAGE, on = PROPOSAL)
    @POST
    @Path("convert")
    public Response convert(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid NoteRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        return view(proposals.convert(proposalId(id), expected, request == null ? null : request.note));
    }

    @Requires(value = PROPOSAL_MANAGE, on = PROPOSAL)
    @POST
    @Path("merge")
    public Response merge(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid MergeRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        return view(proposals.merge(proposalId(id), expected, Http.bodyId(Http.body(request).into, ProposalId::new, "mergedInto")));
    }

    @Requires(value = PROPOSAL_MANAGE, on = PROPOSAL)
    @POST
    @Path("key")
    public Response designateKey(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid KeyRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        KeyRequest r = Http.body(request);
        return view(proposals.designateKey(proposalId(id), expected, r.leadingLeaders, r.supervisingLeaders == null ? List.of() : r.supervisingLeaders));
    }

    @Requires(value = PROPOSAL_MANAGE, on = PROPOSAL)
    @POST
    @Path("assignment")
    public Response assign(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid AssignmentRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        AssignmentRequest r = Http.body(request);
        HandlingMode mode = r.mode == null || r.mode.isBlank() ? HandlingMode.SEPARATE : Http.enumValue(HandlingMode.class, r.mode, "mode");
        return view(proposals.assign(proposalId(id), expected, mode, Http.bodyId(r.leadUnitId, HandlingUnitId::new, "lead"),
                requests.units(r.coUnitIds), Optional.ofNullable(r.deadline)));
    }

    @Requires(value = PROPOSAL_MANAGE, on = PROPOSAL)
    @POST
    @Path("extension-decision")
    public Response decideExtension(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid ExtensionDecision request) {
        long expected = Http.expectedVersion(ifMatch);
        ExtensionDecision r = Http.body(request);
        return view(proposals.decideExtension(proposalId(id), expected, r.grant, r.note));
    }

    @Requires(value = PROPOSAL_MANAGE, on = PROPOSAL)
    @POST
    @Path("rehandling")
    public Response rehandle(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid RehandleRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        RehandleRequest r = Http.body(request);
        return view(proposals.rehandle(proposalId(id), expected, Optional.ofNullable(r.deadline), r.reason));
    }

    @Requires(value = PROPOSAL_MANAGE, on = PROPOSAL)
    @POST
    @Path("close")
    public Response close(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid NoteRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        return view(proposals.close(proposalId(id), expected, request == null ? null : request.note));
    }

    @Requires(value = PROPOSAL_MANAGE, on = PROPOSAL)
    @POST
    @Path("supervision")
    public Response supervise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid SupervisionRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        SupervisionRequest r = Http.body(request);
        return view(proposals.gradeImplementation(proposalId(id), expected, new Supervision(Http.enumValue(ImplementationGrade.class, r.grade, "grade"),
                r.supervisor, Optional.ofNullable(r.note), r.gradedOn)));
    }

    @Requires(value = PROPOSAL_HANDLE, on = PROPOSAL)
    @POST
    @Path("acknowledgement")
    public Response acknowledge(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return view(proposals.acknowledge(proposalId(id), Http.expectedVersion(ifMatch)));
    }

    @Requires(value = PROPOSAL_HANDLE, on = PROPOSAL)
    @POST
    @Path("communications")
    public Response logCommunication(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid CommunicationRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        CommunicationRequest r = Http.body(request);
        Communication communication = new Communication(proposals.ownUnit(), Http.enumValue(CommunicationPhase.class, r.phase, "phase"),
                Http.enumValue(CommunicationMethod.class, r.method, "method"), r.on, r.summary);
        return view(proposals.logCommunication(proposalId(id), expected, communication));
    }

    @Requires(value = PROPOSAL_HANDLE, on = PROPOSAL)
    @POST
    @Path("extension-request")
    public Response requestExtension(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid ExtensionRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        ExtensionRequest r = Http.body(request);
        return view(proposals.requestExtension(proposalId(id), expected, r.workingDays, r.reason));
    }

    @Requires(value = PROPOSAL_HANDLE, on = PROPOSAL)
    @POST
    @Path("countersign")
    public Response countersign(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid CountersignRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        return view(proposals.countersign(proposalId(id), expected, Http.body(request).opinion));
    }

    @Requires(value = PROPOSAL_HANDLE, on = PROPOSAL)
    @POST
    @Path("answer")
    public Response answer(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid AnswerRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        AnswerRequest r = Http.body(request);
        return view(proposals.answer(proposalId(id), expected, Http.enumValue(AnswerResult.class, r.result, "result"), r.text));
    }

    private Response view(Proposal proposal) {
        return Http.ok(views.of(proposal), proposal.version());
    }

    private static ProposalId proposalId(String id) {
        return Http.pathId(id, ProposalId::parse, "proposal");
    }
}
