package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.SPECIAL_COMMITTEE;
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
import org.xieshang.app.application.SpecialCommitteeService;
import org.xieshang.app.interfaces.rest.SectorJson.SpecialCommitteeRequest;
import org.xieshang.app.interfaces.rest.SectorJson.SpecialCommitteeView;
import org.xieshang.domain.specialcommittee.SpecialCommittee;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;

/** One special committee (专门委员会). */
@Path("special-committees/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Special committees")
public class SpecialCommitteesResource {

    @Inject
    SpecialCommitteeService specialCommittees;

    @Requires(value = ORGANISATION_READ, on = SPECIAL_COMMITTEE)
    @GET
    public Response get(@PathParam("id") String id) {
        return view(specialCommittees.get(specialCommitteeId(id)));
    }

    @Requires(value = ORGANISATION_MANAGE, on = SPECIAL_COMMITTEE)
    @PUT
    public Response revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid SpecialCommitteeRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        SpecialCommitteeRequest r = Http.body(request);
        return view(specialCommittees.revise(specialCommitteeId(id), expected, r.name, RequestIds.member(r.directorId, "directorId"), r.onePerson));
    }

    private static SpecialCommitteeId specialCommitteeId(String id) {
        return Http.pathId(id, SpecialCommitteeId::parse, "special-committee");
    }

    private static Response view(SpecialCommittee special) {
        return Http.ok(SpecialCommitteeView.of(special), special.version());
    }
}
