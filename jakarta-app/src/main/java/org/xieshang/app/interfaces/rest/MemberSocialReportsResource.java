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
import org.xieshang.app.application.socialreport.SocialReportService;
import org.xieshang.app.application.socialreport.SocialReportViews;
import org.xieshang.app.interfaces.rest.SocialReportRequests.DraftRequest;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.socialreport.SocialReport;
import org.xieshang.domain.socialreport.SocialReportQuery;

/** A member's own social-condition reports, written alone or as a co-author, drafts included; and a new draft the member writes. */
@Path("members/{id}/social-reports")
@RequestScoped
@Tag(name = "Social-condition reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberSocialReportsResource {

    @Inject
    SocialReportService reports;

    @Inject
    SocialReportListings listings;

    @Inject
    SocialReportViews views;

    @Inject
    MemberService members;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    @Requires(value = PROPOSAL_READ, on = MEMBER)
    @GET
    public PageJson<SocialReportJson> mine(@PathParam("id") String id, @QueryParam("year") Integer year, @QueryParam("status") String status,
                                           @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Member member = members.get(memberId(id));
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        return listings.page(SocialReportQuery.of(member.committeeId(), y).concerning(member.id()), status, null, page, size);
    }

    /** A draft written by the member of the path; {@code submitterId} is not taken here. */
    @Requires(value = PROPOSAL_SUBMIT, on = MEMBER)
    @POST
    public Response draft(@PathParam("id") String id, @Valid DraftRequest request) {
        DraftRequest r = Http.body(request);
        Member member = members.get(memberId(id));
        if (r.submitterId != null && !r.submitterId.isBlank() && !r.submitterId.strip().equals(member.id().toString())) {
            throw new ProblemException(400, "body.unknown-field", "submitterId", "submitterId");
        }
        SocialReport draft = reports.draft(member.committeeId(), r.year == null ? LocalDate.now(clock).getYear() : r.year, member.id(),
                SocialReportListings.coAuthors(r), SocialReportListings.content(r));
        return Http.created(uriInfo.getBaseUriBuilder().path("social-reports").path(draft.id().toString()).build(), views.of(draft), draft.version());
    }

    private static MemberId memberId(String id) {
        return Http.pathId(id, MemberId::parse, "member");
    }
}
