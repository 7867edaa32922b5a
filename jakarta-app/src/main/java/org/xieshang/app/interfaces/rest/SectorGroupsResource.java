package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.SECTOR_GROUP;
import static org.xieshang.domain.security.Permission.ORGANISATION_MANAGE;
import static org.xieshang.domain.security.Permission.ORGANISATION_READ;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.SectorService;
import org.xieshang.app.interfaces.rest.SectorJson.SectorGroupRequest;
import org.xieshang.app.interfaces.rest.SectorJson.SectorGroupView;
import org.xieshang.domain.sector.SectorGroup;
import org.xieshang.domain.sector.SectorGroupId;

/** One sector activity group (界别活动组). */
@Path("sector-groups/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sector activity groups")
public class SectorGroupsResource {

    @Inject
    SectorService sectors;

    @Requires(value = ORGANISATION_READ, on = SECTOR_GROUP)
    @GET
    public Response get(@PathParam("id") String id) {
        return view(sectors.group(groupId(id)));
    }

    @Requires(value = ORGANISATION_MANAGE, on = SECTOR_GROUP)
    @PUT
    public Response revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid SectorGroupRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        SectorGroupRequest r = Http.body(request);
        return view(sectors.reviseGroup(groupId(id), expected, r.name, RequestIds.sectors(r.sectorIds), RequestIds.member(r.leaderId, "leaderId")));
    }

    private static SectorGroupId groupId(String id) {
        return Http.pathId(id, SectorGroupId::parse, "sector-group");
    }

    private static Response view(SectorGroup group) {
        return Http.ok(SectorGroupView.of(group), group.version());
    }
}
