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
import org.xieshang.app.application.SectorService;
import org.xieshang.app.interfaces.rest.SectorJson.SectorGroupRequest;
import org.xieshang.app.interfaces.rest.SectorJson.SectorGroupView;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.sector.SectorGroup;

/** A committee's sector activity groups (界别活动组). */
@Path("committees/{committeeId}/sector-groups")
@RequestScoped
@Tag(name = "Sector activity groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeSectorGroupsResource {

    @Inject
    SectorService sectors;

    @Context
    UriInfo uriInfo;

    @Requires(value = ORGANISATION_READ, on = COMMITTEE, param = "committeeId")
    @GET
    public PageJson<SectorGroupView> list(@PathParam("committeeId") String committeeId, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageJson.of(sectors.groupsOf(committee(committeeId)), Http.page(page, size), SectorGroupView::of);
    }

    @Requires(value = ORGANISATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    public Response form(@PathParam("committeeId") String committeeId, @Valid SectorGroupRequest request) {
        SectorGroupRequest r = Http.body(request);
        SectorGroup group = sectors.formGroup(committee(committeeId), r.name, RequestIds.sectors(r.sectorIds), RequestIds.member(r.leaderId, "leaderId"));
        return Http.created(uriInfo.getBaseUriBuilder().path("sector-groups").path(group.id().toString()).build(),
                SectorGroupView.of(group), group.version());
    }

    private static CommitteeId committee(String committeeId) {
        return Http.pathId(committeeId, CommitteeId::parse, "committee");
    }
}
