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
import org.xieshang.app.application.SpecialCommitteeService;
import org.xieshang.app.interfaces.rest.SectorJson.SpecialCommitteeRequest;
import org.xieshang.app.interfaces.rest.SectorJson.SpecialCommitteeView;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.specialcommittee.SpecialCommittee;

/** A committee's special committees (专门委员会). */
@Path("committees/{committeeId}/special-committees")
@RequestScoped
@Tag(name = "Special committees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeSpecialCommitteesResource {

    @Inject
    SpecialCommitteeService specialCommittees;

    @Context
    UriInfo uriInfo;

    @Requires(value = ORGANISATION_READ, on = COMMITTEE, param = "committeeId")
    @GET
    public PageJson<SpecialCommitteeView> list(@PathParam("committeeId") String committeeId, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageJson.of(specialCommittees.listOf(committee(committeeId)), Http.page(page, size), SpecialCommitteeView::of);
    }

    @Requires(value = ORGANISATION_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    public Response establish(@PathParam("committeeId") String committeeId, @Valid SpecialCommitteeRequest request) {
        SpecialCommitteeRequest r = Http.body(request);
        SpecialCommittee special = specialCommittees.establish(committee(committeeId), r.name, RequestIds.member(r.directorId, "directorId"), r.onePerson);
        return Http.created(uriInfo.getBaseUriBuilder().path("special-committees").path(special.id().toString()).build(),
                SpecialCommitteeView.of(special), special.version());
    }

    private static CommitteeId committee(String committeeId) {
        return Http.pathId(committeeId, CommitteeId::parse, "committee");
    }
}
