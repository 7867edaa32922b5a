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
import org.xieshang.app.application.WorkstationService;
import org.xieshang.app.interfaces.rest.OrganisationJson.WorkstationRequest;
import org.xieshang.app.interfaces.rest.OrganisationJson.WorkstationView;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.workstation.PlaceKind;
import org.xieshang.domain.workstation.Workstation;

/** A committee's member workstations (委员工作站). */
@Path("committees/{committeeId}/workstations")
@RequestScoped
@Tag(name = "Workstations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeWorkstationsResource {

    @Inject
    WorkstationService workstations;

    @Context
    UriInfo uriInfo;

    @Requires(value = ORGANISATION_READ, on = COMMITTEE, param = "committeeId")
    @GET
    public PageJson<WorkstationView> list(@PathParam("committeeId") String committeeId, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageJson.of(workstations.listOf(committee(committeeId)), Http.page(page, size), WorkstationView::of);
    }

    @Requires(value = ORGANISATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    public Response open(@PathParam("committeeId") String committeeId, @Valid WorkstationRequest request) {
        WorkstationRequest r = Http.body(request);
        Workstation workstation = workstations.open(committee(committeeId), r.name, r.place, Http.enumValue(PlaceKind.class, r.placeKind, "placeKind"),
                r.headName, r.headPost);
        return Http.created(uriInfo.getBaseUriBuilder().path("workstations").path(workstation.id().toString()).build(),
                WorkstationView.of(workstation), workstation.version());
    }

    private static CommitteeId committee(String committeeId) {
        return Http.pathId(committeeId, CommitteeId::parse, "committee");
    }
}
