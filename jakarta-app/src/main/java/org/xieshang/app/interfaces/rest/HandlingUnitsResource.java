package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.HANDLING_UNIT;
import static org.xieshang.domain.security.Permission.PROPOSAL_MANAGE;
import static org.xieshang.domain.security.Permission.PROPOSAL_READ;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.HandlingUnitService;
import org.xieshang.app.interfaces.rest.HandlingUnitJson.HandlingUnitRequest;
import org.xieshang.app.interfaces.rest.HandlingUnitJson.HandlingUnitView;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.committee.HandlingUnitKind;

/** One handling unit (承办单位): read, changed, deactivated when merged away, reactivated. */
@Path("handling-units/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Handling units")
public class HandlingUnitsResource {

    @Inject
    HandlingUnitService units;

    @Requires(value = PROPOSAL_READ, on = HANDLING_UNIT)
    @GET
    public Response get(@PathParam("id") String id) {
        return view(units.get(unitId(id)));
    }

    @Requires(value = PROPOSAL_MANAGE, on = HANDLING_UNIT)
    @PUT
    public Response revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid HandlingUnitRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        HandlingUnitRequest r = Http.body(request);
        return view(units.revise(unitId(id), expected, r.name, Http.enumValue(HandlingUnitKind.class, r.kind, "kind"), r.contactPerson,
                r.contactPhone));
    }

    /** The unit takes no new assignments (merged away or abolished); what it was given stays its own. */
    @Requires(value = PROPOSAL_MANAGE, on = HANDLING_UNIT)
    @POST
    @Path("deactivate")
    public Response deactivate(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return view(units.deactivate(unitId(id), Http.expectedVersion(ifMatch)));
    }

    @Requires(value = PROPOSAL_MANAGE, on = HANDLING_UNIT)
    @POST
    @Path("reactivate")
    public Response reactivate(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return view(units.reactivate(unitId(id), Http.expectedVersion(ifMatch)));
    }

    private static HandlingUnitId unitId(String id) {
        return Http.pathId(id, HandlingUnitId::parse, "handling-unit");
    }

    private static Response view(HandlingUnit unit) {
        return Http.ok(HandlingUnitView.of(unit), unit.version());
    }
}
