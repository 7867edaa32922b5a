package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.LIAISON_GROUP;
import static org.xieshang.domain.security.Permission.ORGANISATION_MANAGE;
import static org.xieshang.domain.security.Permission.ORGANISATION_READ;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.LiaisonGroupService;
import org.xieshang.app.interfaces.rest.OrganisationJson.LiaisonGroupRequest;
import org.xieshang.app.interfaces.rest.OrganisationJson.LiaisonGroupView;
import org.xieshang.app.interfaces.rest.OrganisationJson.MemberReference;
import org.xieshang.domain.liaison.LiaisonGroup;
import org.xieshang.domain.liaison.LiaisonGroupId;

/** One member liaison group (委员联络组) and its members. */
@Path("liaison-groups/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Liaison groups")
public class LiaisonGroupsResource {

    @Inject
    LiaisonGroupService liaisonGroups;

    @Requires(value = ORGANISATION_READ, on = LIAISON_GROUP)
    @GET
    public Response get(@PathParam("id") String id) {
        return view(liaisonGroups.get(groupId(id)));
    }

    @Requires(value = ORGANISATION_MANAGE, on = LIAISON_GROUP)
    @PUT
    public Response revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid LiaisonGroupRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        LiaisonGroupRequest r = Http.body(request);
        return view(liaisonGroups.revise(groupId(id), expected, r.name, r.area, RequestIds.member(r.leaderId, "leaderId")));
    }

    @Requires(value = ORGANISATION_MANAGE, on = LIAISON_GROUP)
    @POST
    @Path("members")
    public Response admit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid MemberReference request) {
        long expected = Http.expectedVersion(ifMatch);
        return view(liaisonGroups.admit(groupId(id), expected, RequestIds.requiredMember(Http.body(request).memberId, "memberId")));
    }

    @Requires(value = ORGANISATION_MANAGE, on = LIAISON_GROUP)
    @DELETE
    @Path("members/{memberId}")
    public Response release(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @PathParam("memberId") String memberId) {
        long expected = Http.expectedVersion(ifMatch);
        return view(liaisonGroups.release(groupId(id), expected, RequestIds.requiredMember(memberId, "memberId")));
    }

    private static LiaisonGroupId groupId(String id) {
        return Http.pathId(id, LiaisonGroupId::parse, "liaison-group");
    }

    private static Response view(LiaisonGroup group) {
        return Http.ok(LiaisonGroupView.of(group), group.version());
    }
}
