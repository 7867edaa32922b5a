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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.SectorService;
import org.xieshang.app.interfaces.rest.SectorJson.NewSector;
import org.xieshang.app.interfaces.rest.SectorJson.PresetRequest;
import org.xieshang.app.interfaces.rest.SectorJson.SectorView;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.sector.Sector;
import org.xieshang.domain.sector.SectorPreset;

/** A committee's list of sectors (界别). */
@Path("committees/{committeeId}/sectors")
@RequestScoped
@Tag(name = "Sectors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeSectorsResource {

    @Inject
    SectorService sectors;

    @Context
    UriInfo uriInfo;

    @Requires(value = ORGANISATION_READ, on = COMMITTEE, param = "committeeId")
    @GET
    public PageJson<SectorView> list(@PathParam("committeeId") String committeeId, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageJson.of(sectors.listOf(committee(committeeId)), Http.page(page, size), SectorView::of);
    }

    @Requires(value = ORGANISATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    public Response add(@PathParam("committeeId") String committeeId, @Valid NewSector request) {
        Sector sector = sectors.add(committee(committeeId), Http.body(request).name);
        return Http.created(uriInfo.getBaseUriBuilder().path("sectors").path(sector.id().toString()).build(), SectorView.of(sector),
                sector.version());
    }

    /** Adds the sectors of a preset (STANDARD: the usual list) that the committee does not have yet; returns the whole list. */
    @Requires(value = ORGANISATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    @Path("preset")
    public List<SectorView> applyPreset(@PathParam("committeeId") String committeeId, @Valid PresetRequest request) {
        SectorPreset preset = Http.enumValue(SectorPreset.class, Http.body(request).preset, "preset");
        return sectors.applyPreset(committee(committeeId), preset).stream().map(SectorView::of).toList();
    }

    private static CommitteeId committee(String committeeId) {
        return Http.pathId(committeeId, CommitteeId::parse, "committee");
    }
}
