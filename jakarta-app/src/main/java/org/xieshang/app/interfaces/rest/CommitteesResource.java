package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.COMMITTEE;
import static org.xieshang.domain.security.Permission.COMMITTEE_MANAGE;
import static org.xieshang.domain.security.Permission.COMMITTEE_READ;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.CommitteeService;
import org.xieshang.app.interfaces.rest.CommitteeJson.CommitteeChange;
import org.xieshang.app.interfaces.rest.CommitteeJson.CommitteeView;
import org.xieshang.app.interfaces.rest.CommitteeJson.Dates;
import org.xieshang.app.interfaces.rest.CommitteeJson.NewCommittee;
import org.xieshang.app.interfaces.rest.CommitteeJson.NewTerm;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.CommitteeLevel;
import org.xieshang.domain.shared.Ids;

/** Committees (政协委员会), their terms (届) and plenary sessions (全体会议). */
@Path("committees")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Committees")
public class CommitteesResource {

    @Inject
    CommitteeService committees;

    @Context
    UriInfo uriInfo;

    @Public("lists only the committees the user may read")
    @GET
    public PageJson<CommitteeView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageJson.of(committees.all(), Http.page(page, size), CommitteeView::of);
    }

    @Public("the service checks COMMITTEE_MANAGE on the parent named in the body")
    @POST
    public Response establish(@Valid NewCommittee request) {
        CommitteeLevel level = Http.enumValue(CommitteeLevel.class, Http.body(request).level, "level");
        Optional<CommitteeId> parent = Optional.ofNullable(request.parentId).filter(s -> !s.isBlank()).map(s -> new CommitteeId(Ids.parse(s, "parentId")));
        Committee committee = committees.establish(request.name, level, parent, request.region);
        return Http.created(uriInfo.getAbsolutePathBuilder().path(committee.id().toString()).build(), CommitteeView.of(committee),
                committee.version());
    }

    @Requires(value = COMMITTEE_READ, on = COMMITTEE)
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        Committee committee = committees.get(Http.pathId(id, CommitteeId::parse, "committee"));
        return Http.ok(CommitteeView.of(committee), committee.version());
    }

    @Requires(value = COMMITTEE_MANAGE, on = COMMITTEE)
    @PUT
    @Path("{id}")
    public Response rename(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid CommitteeChange request) {
        long expected = Http.expectedVersion(ifMatch);
        return view(committees.rename(Http.pathId(id, CommitteeId::parse, "committee"), expected, Http.body(request).name, request.region));
    }

    @Requires(value = COMMITTEE_MANAGE, on = COMMITTEE)
    @POST
    @Path("{id}/terms")
    public Response openTerm(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid NewTerm request) {
        long expected = Http.expectedVersion(ifMatch);
        Committee committee = committees.openTerm(Http.pathId(id, CommitteeId::parse, "committee"), expected, Http.body(request).number, request.startDate, request.endDate);
        return Http.created(uriInfo.getAbsolutePathBuilder().path(request.number.toString()).build(), CommitteeView.of(committee),
                committee.version());
    }

    @Requires(value = COMMITTEE_MANAGE, on = COMMITTEE)
    @PUT
    @Path("{id}/terms/{number}")
    public Response rescheduleTerm(@PathParam("id") String id, @PathParam("number") int number, @HeaderParam("If-Match") String ifMatch,
                                   @Valid Dates request) {
        long expected = Http.expectedVersion(ifMatch);
        return view(committees.rescheduleTerm(Http.pathId(id, CommitteeId::parse, "committee"), expected, number, Http.body(request).startDate, request.endDate));
    }

    @Requires(value = COMMITTEE_MANAGE, on = COMMITTEE)
    @POST
    @Path("{id}/terms/{number}/sessions")
    public Response scheduleSession(@PathParam("id") String id, @PathParam("number") int number, @HeaderParam("If-Match") String ifMatch,
                                    @Valid Dates request) {
        long expected = Http.expectedVersion(ifMatch);
        Committee committee = committees.schedulePlenarySession(Http.pathId(id, CommitteeId::parse, "committee"), expected, number, Http.body(request).startDate, request.endDate);
        int session = committee.requireTerm(number).sessions().size();
        return Http.created(uriInfo.getAbsolutePathBuilder().path(Integer.toString(session)).build(), CommitteeView.of(committee),
                committee.version());
    }

    private static Response view(Committee committee) {
        return Http.ok(CommitteeView.of(committee), committee.version());
    }
}
