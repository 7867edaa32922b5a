package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.SECTOR;
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
import org.xieshang.app.interfaces.rest.SectorJson.SectorChange;
import org.xieshang.app.interfaces.rest.SectorJson.SectorView;
import org.xieshang.domain.sector.Sector;
import org.xieshang.domain.sector.SectorId;

/** One sector (界别). */
@Path("sectors/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sectors")
public class SectorsResource {

    @Inject
    SectorService sectors;

    @Requires(value = ORGANISATION_READ, on = SECTOR)
    @GET
    public Response get(@PathParam("id") String id) {
        return view(sectors.get(sectorId(id)));
    }

    /** Renames the sector or moves it in the committee's list. */
    @Requires(value = ORGANISATION_MANAGE, on = SECTOR)
    @PUT
    public Response revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid SectorChange request) {
        long expected = Http.expectedVersion(ifMatch);
        SectorChange change = Http.body(request);
        return view(sectors.revise(sectorId(id), expected, change.name, change.displayOrder));
    }

    private static SectorId sectorId(String id) {
        return Http.pathId(id, SectorId::parse, "sector");
    }

    private static Response view(Sector sector) {
        return Http.ok(SectorView.of(sector), sector.version());
    }
}
