package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.MEMBER;
import static org.xieshang.domain.security.Permission.PROPOSAL_READ;
import static org.xieshang.domain.security.Permission.PROPOSAL_SUBMIT;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.MemberService;
import org.xieshang.app.application.proposal.ProposalService;
import org.xieshang.app.application.proposal.ProposalViews;
import org.xieshang.app.interfaces.rest.ProposalRequests.DraftRequest;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalQuery;

/** A member's own proposals: those the member leads or was invited to co-sign, drafts included; and a new draft led by the member. */
@Path("members/{id}/proposals")
@RequestScoped
@Tag(name = "Proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberProposalsResource {

    @Inject
    ProposalService proposals;

    @Inject
    ProposalListings listings;

    @Inject
    ProposalRequestMapper requests;

    @Inject
    ProposalViews views;

    @Inject
    MemberService members;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    @Requires(value = PROPOSAL_READ, on = MEMBER)
    @GET
    public PageJson<ProposalJson> mine(@PathParam("id") String id, @QueryParam("year") Integer year, @QueryParam("status") String status,
                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Member member = members.get(memberId(id));
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        return listings.page(ProposalQuery.of(member.committeeId(), y).concerning(member.id()), status, null, null, null, page, size);
    }

    @Requires(value = PROPOSAL_SUBMIT, on = MEMBER)
    @POST
    public Response draft(@PathParam("id") String id, @Valid DraftRequest request) {
        DraftRequest r = Http.body(request);
        Member member = members.get(memberId(id));
        Proposal draft = proposals.draft(member.committeeId(), r.year, requests.origin(r), requests.proposer(r, member.id()), requests.content(r));
        return Http.created(uriInfo.getBaseUriBuilder().path("proposals").path(draft.id().toString()).build(), views.of(draft), draft.version());
    }

    private static MemberId memberId(String id) {
        return Http.pathId(id, MemberId::parse, "member");
    }
}
