package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.COMMITTEE;
import static org.xieshang.domain.security.Permission.ORGANISATION_MANAGE;
import static org.xieshang.domain.security.Permission.ORGANISATION_READ;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.LiaisonGroupService;
import org.xieshang.app.interfaces.rest.OrganisationJson.LiaisonGroupRequest;
import org.xieshang.app.interfaces.rest.OrganisationJson.LiaisonGroupView;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.liaison.LiaisonGroup;

/** A committee's member liaison groups (委员联络组). */
@Path("committees/{committeeId}/liaison-groups")
@RequestScoped
@Tag(name = "Liaison groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeLiaisonGroupsResource {

    @Inject
    LiaisonGroupService liaisonGroups;

    @Context
    UriInfo uriInfo;

    @Requires(value = ORGANISATION_READ, on = COMMITTEE, param = "committeeId")
    @GET
    public PageJson<LiaisonGroupView> list(@PathParam("committeeId") String committeeId, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageJson.of(liaisonGroups.listOf(committee(committeeId)), Http.page(page, size), LiaisonGroupView::of);
    }

    /** Forms an empty group; add members with POST /liaison-groups/{id}/members. */
    @Requires(value = ORGANISATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    public Response form(@PathParam("committeeId") String committeeId, @Valid LiaisonGroupRequest request) {
        LiaisonGroupRequest r = Http.body(request);
        LiaisonGroup group = liaisonGroups.form(committee(committeeId), r.name, r.area);
        return Http.created(uriInfo.getBaseUriBuilder().path("liaison-groups").path(group.id().toString()).build(),
                LiaisonGroupView.of(group), group.version());
    }

    private static CommitteeId committee(String committeeId) {
        return Http.pathId(committeeId, CommitteeId::parse, "committee");
    }
}
