package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.COMMITTEE;
import static org.xieshang.domain.security.Permission.PROPOSAL_MANAGE;
import static org.xieshang.domain.security.Permission.PROPOSAL_READ;

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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.HandlingUnitService;
import org.xieshang.app.interfaces.rest.HandlingUnitJson.HandlingUnitRequest;
import org.xieshang.app.interfaces.rest.HandlingUnitJson.HandlingUnitView;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitKind;

/** A committee's registry of handling units (承办单位). */
@Path("committees/{committeeId}/handling-units")
@RequestScoped
@Tag(name = "Handling units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeHandlingUnitsResource {

    @Inject
    HandlingUnitService units;

    @Context
    UriInfo uriInfo;

    /** Lists by name in pinyin order. */
    @Requires(value = PROPOSAL_READ, on = COMMITTEE, param = "committeeId")
    @GET
    public PageJson<HandlingUnitView> list(@PathParam("committeeId") String committeeId,
                                           @QueryParam("active") @Parameter(description = "true: units taking assignments; false: deactivated ones; "
                                                   + "absent: all") Boolean active,
                                           @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageJson.of(units.listOf(committee(committeeId), Optional.ofNullable(active)), Http.page(page, size), HandlingUnitView::of);
    }

    @Requires(value = PROPOSAL_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    public Response register(@PathParam("committeeId") String committeeId, @Valid HandlingUnitRequest request) {
        HandlingUnitRequest r = Http.body(request);
        HandlingUnit unit = units.register(committee(committeeId), r.name, Http.enumValue(HandlingUnitKind.class, r.kind, "kind"), r.contactPerson,
                r.contactPhone);
        return Http.created(uriInfo.getBaseUriBuilder().path("handling-units").path(unit.id().toString()).build(), HandlingUnitView.of(unit),
                unit.version());
    }

    private static CommitteeId committee(String committeeId) {
        return Http.pathId(committeeId, CommitteeId::parse, "committee");
    }
}
