package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.WORKSTATION;
import static org.xieshang.domain.security.Permission.ORGANISATION_MANAGE;
import static org.xieshang.domain.security.Permission.ORGANISATION_READ;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.xieshang.app.application.WorkstationService;
import org.xieshang.app.interfaces.rest.OrganisationJson.PostingRequest;
import org.xieshang.app.interfaces.rest.OrganisationJson.WorkstationRequest;
import org.xieshang.app.interfaces.rest.OrganisationJson.WorkstationView;
import org.xieshang.domain.workstation.PlaceKind;
import org.xieshang.domain.workstation.Posting;
import org.xieshang.domain.workstation.PostingType;
import org.xieshang.domain.workstation.Workstation;
import org.xieshang.domain.workstation.WorkstationId;

/** One member workstation (委员工作站) and the members posted there. */
@Path("workstations/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workstations")
public class WorkstationsResource {

    @Inject
    WorkstationService workstations;

    @Requires(value = ORGANISATION_READ, on = WORKSTATION)
    @GET
    public Response get(@PathParam("id") String id) {
        return view(workstations.get(workstationId(id)));
    }

    @Requires(value = ORGANISATION_MANAGE, on = WORKSTATION)
    @PUT
    public Response revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid WorkstationRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        WorkstationRequest r = Http.body(request);
        return view(workstations.revise(workstationId(id), expected, r.name, r.place, Http.enumValue(PlaceKind.class, r.placeKind, "placeKind"),
                r.headName, r.headPost));
    }

    /** Posts a member to the workstation (委员下沉). */
    @Requires(value = ORGANISATION_MANAGE, on = WORKSTATION)
    @POST
    @Path("postings")
    public Response post(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid PostingRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        PostingRequest r = Http.body(request);
        Posting posting = new Posting(RequestIds.requiredMember(r.memberId, "memberId"), Http.enumValue(PostingType.class, r.type, "type"), r.since);
        return view(workstations.post(workstationId(id), expected, posting));
    }

    @Requires(value = ORGANISATION_MANAGE, on = WORKSTATION)
    @DELETE
    @Path("postings/{memberId}")
    public Response withdraw(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @PathParam("memberId") String memberId) {
        long expected = Http.expectedVersion(ifMatch);
        return view(workstations.withdraw(workstationId(id), expected, RequestIds.requiredMember(memberId, "memberId")));
    }

    private static WorkstationId workstationId(String id) {
        return Http.pathId(id, WorkstationId::parse, "workstation");
    }

    private static Response view(Workstation workstation) {
        return Http.ok(WorkstationView.of(workstation), workstation.version());
    }
}
