package org.xieshang.app.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.consultation.PublicCallService;
import org.xieshang.app.interfaces.web.SubmissionRateLimit;
import org.xieshang.app.interfaces.rest.ConsultationJson.CallView;
import org.xieshang.app.interfaces.rest.ConsultationJson.ReceiptView;
import org.xieshang.app.interfaces.rest.ConsultationJson.SubmissionRequest;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.ContentArea;
import org.xieshang.domain.consultation.PublicSubmission;
import org.xieshang.domain.consultation.PublicSubmissionDraft;
import org.xieshang.domain.consultation.ReceiptNumber;

/**
 * The public side of a call for consultation topics (面向社会征集议题): read the call, submit a topic in plain text, and
 * look its answer up by the receipt number. No account is needed; submissions are limited per address.
 */
@Path("public")
@RequestScoped
@Tag(name = "Public call for topics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicCallResource {

    @Inject
    PublicCallService calls;

    @Inject
    SubmissionRateLimit rateLimit;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    @Public("the call is published to society")
    @GET
    @Path("committees/{committeeId}/calls/{year}")
    public CallView call(@PathParam("committeeId") String committeeId, @PathParam("year") int year) {
        return CallView.of(calls.call(committee(committeeId), year));
    }

    /** Submits a topic inside the call's window; the answer carries the receipt number to look it up with. */
    @Public("anyone may propose a topic; limited per address by SubmissionRateLimit")
    @POST
    @Path("committees/{committeeId}/calls/{year}/submissions")
    public Response submit(@PathParam("committeeId") String committeeId, @PathParam("year") int year, @Valid SubmissionRequest submission) {
        SubmissionRequest r = Http.body(submission);
        Duration wait = rateLimit.acquire(request.getRemoteAddr());
        if (!wait.isZero()) {
            throw new ProblemException(429, "rate.limited", null).retryAfter(wait);
        }
        PublicSubmissionDraft draft = new PublicSubmissionDraft(r.title, r.description, Http.enumValue(ContentArea.class, r.area, "area"),
                Optional.ofNullable(r.submitter).filter(s -> !s.isBlank()), Optional.ofNullable(r.contact).filter(c -> !c.isBlank()));
        PublicSubmission received = calls.submit(committee(committeeId), year, draft);
        return Response.created(uriInfo.getBaseUriBuilder().path("public/submissions").path(received.receipt().toString()).build())
                .entity(ReceiptView.of(received)).build();
    }

    /** What became of a submission: received, adopted as a topic, or declined with the reason. */
    @Public("the receipt number is the submitter's key; the answer names nobody")
    @GET
    @Path("submissions/{receipt}")
    public ReceiptView lookUp(@PathParam("receipt") String receipt) {
        return ReceiptView.of(calls.lookUp(Http.pathId(receipt, ReceiptNumber::new, "submission")));
    }

    private static CommitteeId committee(String id) {
        return Http.pathId(id, CommitteeId::parse, "committee");
    }
}
