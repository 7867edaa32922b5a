package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.COMMITTEE;
import static org.xieshang.domain.security.Permission.MEMBER_READ;
import static org.xieshang.domain.security.Permission.MEMBER_REGISTER;

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
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.MemberService;
import org.xieshang.app.interfaces.rest.MemberJson.MemberRequest;
import org.xieshang.app.interfaces.rest.MemberJson.MemberView;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberCode;
import org.xieshang.domain.member.MemberQuery;
import org.xieshang.domain.member.PartyAffiliation;
import org.xieshang.domain.member.ResidentIdNumber;

/** A committee's members (委员): the roster with filters, and registration. */
@Path("committees/{committeeId}/members")
@RequestScoped
@Tag(name = "Members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeMembersResource {

    @Inject
    MemberService members;

    @Context
    UriInfo uriInfo;

    @Requires(value = MEMBER_READ, on = COMMITTEE, param = "committeeId")
    @GET
    public PageJson<MemberView> list(@PathParam("committeeId") String committeeId, @QueryParam("page") @Parameter(description = "zero-based page, default 0") Integer page,
                                     @QueryParam("size") @Parameter(description = "page size, default 20, at most 100") Integer size,
                                     @QueryParam("term") @Parameter(description = "only members appointed for this term") Integer term,
                                     @QueryParam("sector") @Parameter(description = "sector id") String sector,
                                     @QueryParam("party") @Parameter(description = "party affiliation, such as CPC or CDL") String party,
                                     @QueryParam("standing") @Parameter(description = "true: standing members only; false: the others") Boolean standing,
                                     @QueryParam("current") @Parameter(description = "true: current memberships only; false: ended ones") Boolean current,
                                     @QueryParam("region") @Parameter(description = "region, exact") String region,
                                     @QueryParam("name") @Parameter(description = "name contains") String name,
                                     @QueryParam("sort") @Parameter(description = "name (pinyin order) or code, with ,asc or ,desc; default name,asc") String sort,
                                     @QueryParam("residentIdNumber") @Parameter(description = "a full resident ID number: the member with exactly this "
                                             + "number (found through its keyed hash), other filters ignored") String residentIdNumber) {
        if (residentIdNumber != null && !residentIdNumber.isBlank()) {
            List<Member> found = members.findByResidentIdNumber(committee(committeeId), ResidentIdNumber.parse(residentIdNumber)).stream().toList();
            return PageJson.of(found, Http.page(page, size), MemberView::of);
        }
        MemberQuery query = MemberQuery.of(committee(committeeId))
                .withTerm(term)
                .withSector(RequestIds.sector(sector, "sector").orElse(null))
                .withParty(Http.enumValue(PartyAffiliation.class, party, "party"))
                .withStanding(standing)
                .withCurrent(current)
                .withRegion(region)
                .withNameContaining(name);
        return PageJson.of(members.search(MemberRequests.sorted(query, sort), Http.page(page, size)), MemberView::of);
    }

    /** Registers a member, and appoints them for a term if the request says so. */
    @Requires(value = MEMBER_REGISTER, on = COMMITTEE, param = "committeeId")
    @POST
    public Response register(@PathParam("committeeId") String committeeId, @Valid MemberRequest request) {
        MemberRequest r = Http.body(request);
        Member member = members.register(committee(committeeId), MemberCode.of(r.code), MemberRequests.profile(r, null),
                Optional.ofNullable(r.appointment).map(MemberRequests::appointment));
        return Http.created(uriInfo.getBaseUriBuilder().path("members").path(member.id().toString()).build(), MemberView.of(member),
                member.version());
    }

    private static CommitteeId committee(String committeeId) {
        return Http.pathId(committeeId, CommitteeId::parse, "committee");
    }
}
