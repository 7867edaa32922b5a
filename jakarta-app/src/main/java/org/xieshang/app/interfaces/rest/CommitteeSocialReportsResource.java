package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.COMMITTEE;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.socialreport.SocialReportService;
import org.xieshang.app.application.socialreport.SocialReportViews;
import org.xieshang.app.interfaces.rest.SocialReportRequests.DraftRequest;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.socialreport.SocialReport;
import org.xieshang.domain.socialreport.SocialReportQuery;

/**
 * A committee's social-condition reports (社情民意信息): the register of the year, and a report the office enters for a
 * member (a paper submission). Members list and write their own under {@code members/{id}/social-reports}.
 */
@Path("committees/{committeeId}/social-reports")
@RequestScoped
@Tag(name = "Social-condition reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeSocialReportsResource {

    @Inject
    SocialReportService reports;

    @Inject
    SocialReportListings listings;

    @Inject
    SocialReportViews views;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    /** The register, in the order handed in; drafts are their members' own and not listed. */
    @Requires(value = PROPOSAL_READ, on = COMMITTEE, param = "committeeId")
    @GET
    public PageJson<SocialReportJson> register(@PathParam("committeeId") String committeeId, @QueryParam("year") Integer year,
                                               @QueryParam("status") @Parameter(description = "statuses, comma-separated") String status,
                                               @QueryParam("member") @Parameter(description = "only those this member wrote") String member,
                                               @QueryParam("category") String category, @QueryParam("page") Integer page,
                                               @QueryParam("size") Integer size) {
        SocialReportQuery query = SocialReportQuery.of(committee(committeeId), year == null ? LocalDate.now(clock).getYear() : year);
        if (member != null && !member.isBlank()) {
            query = query.concerning(Http.bodyId(member, MemberId::new, "member"));
        }
        return listings.page(query, status, category, page, size);
    }

    /** A draft the office enters for the member named in the body; it is then submitted like any other. */
    @Requires(value = PROPOSAL_SUBMIT, on = COMMITTEE, param = "committeeId")
    @POST
    public Response draft(@PathParam("committeeId") String committeeId, @Valid DraftRequest request) {
        DraftRequest r = Http.body(request);
        SocialReport draft = reports.draft(committee(committeeId), r.year == null ? LocalDate.now(clock).getYear() : r.year,
                Http.bodyId(r.submitterId, MemberId::new, "submitter"), SocialReportListings.coAuthors(r), SocialReportListings.content(r));
        return Http.created(uriInfo.getBaseUriBuilder().path("social-reports").path(draft.id().toString()).build(), views.of(draft), draft.version());
    }

    private static CommitteeId committee(String id) {
        return Http.pathId(id, CommitteeId::parse, "committee");
    }
}
