package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.MEMBER;
import static org.xieshang.domain.security.Permission.MEMBERSHIP_DECIDE;
import static org.xieshang.domain.security.Permission.MEMBER_PROFILE_EDIT;
import static org.xieshang.domain.security.Permission.MEMBER_READ;
import static org.xieshang.domain.security.Permission.PERSONAL_DATA_UNMASKED;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.MemberService;
import org.xieshang.app.interfaces.rest.MemberJson.DecisionRequest;
import org.xieshang.app.interfaces.rest.MemberJson.DecisionView;
import org.xieshang.app.interfaces.rest.MemberJson.MemberRequest;
import org.xieshang.app.interfaces.rest.MemberJson.MemberView;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.PhoneNumber;
import org.xieshang.domain.member.ResidentIdNumber;

/** One member (委员) and the decisions about their membership. */
@Path("members/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class MembersResource {

    @Inject
    MemberService members;

    @Requires(value = MEMBER_READ, on = MEMBER)
    @GET
    public Response get(@PathParam("id") String id) {
        return view(members.get(memberId(id)));
    }

    /** Updates the personal details; the code is fixed and memberships change only through decisions. */
    @Requires(value = MEMBER_PROFILE_EDIT, on = MEMBER)
    @PUT
    public Response updateProfile(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid MemberRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        MemberRequest r = Http.body(request);
        MemberId memberId = memberId(id);
        return view(members.updateProfile(memberId, expected, MemberRequests.profile(r, members.get(memberId).profile())));
    }

    /** The resident ID and mobile numbers in full; needs PERSONAL_DATA_UNMASKED, and every call is audited. */
    @Requires(value = PERSONAL_DATA_UNMASKED, on = MEMBER)
    @GET
    @Path("personal-data")
    public PersonalDataView personalData(@PathParam("id") String id) {
        Member member = members.revealPersonalData(memberId(id), "GET /api/v1/members/" + id + "/personal-data");
        return new PersonalDataView(member.id().toString(), member.profile().residentIdNumber().map(ResidentIdNumber::value).orElse(null),
                member.profile().mobile().map(PhoneNumber::value).orElse(null));
    }

    /**
     * A member's personal numbers in full.
     *
     * @param memberId         the member
     * @param residentIdNumber the resident ID number, or null
     * @param mobile           the mobile number, or null
     */
    public record PersonalDataView(String memberId, String residentIdNumber, String mobile) {
    }

    @Requires(value = MEMBER_READ, on = MEMBER)
    @GET
    @Path("decisions")
    public List<DecisionView> decisions(@PathParam("id") String id) {
        return members.get(memberId(id)).decisions().stream().map(DecisionView::of).toList();
    }

    /** Records a membership decision (appointment, taking office, sector change, end of membership, standing role). */
    @Requires(value = MEMBERSHIP_DECIDE, on = MEMBER)
    @POST
    @Path("decisions")
    public Response recordDecision(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid DecisionRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        Member member = members.recordDecision(memberId(id), expected, MemberRequests.decision(Http.body(request)));
        return Response.status(Response.Status.CREATED).entity(MemberView.of(member)).tag(Http.etag(member.version())).build();
    }

    private static MemberId memberId(String id) {
        return Http.pathId(id, MemberId::parse, "member");
    }

    private static Response view(Member member) {
        return Http.ok(MemberView.of(member), member.version());
    }
}
