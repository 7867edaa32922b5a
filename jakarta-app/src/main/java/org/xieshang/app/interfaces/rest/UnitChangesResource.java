package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.HANDLING_UNIT;
import static org.xieshang.domain.security.Permission.PROPOSAL_READ;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.feed.FeedJson;
import org.xieshang.app.application.feed.FeedService;
import org.xieshang.domain.committee.HandlingUnitId;

/**
 * A handling unit's own change feed, for a department's system to synchronise its workload: every change of a
 * proposal assigned to the unit, from the change that assigned it on, in the form of {@code GET /changes}. Read from
 * {@code since=0}, keep the latest version per proposal and call again with {@code last}: the result is the unit's
 * proposals as {@code GET handling-units/{id}/proposals} lists them, over every year.
 */
@Path("handling-units/{id}/changes")
@RequestScoped
@Tag(name = "Change feed")
@Produces(MediaType.APPLICATION_JSON)
public class UnitChangesResource {

    @Inject
    FeedService feed;

    @Requires(value = PROPOSAL_READ, on = HANDLING_UNIT)
    @GET
    public Response read(@PathParam("id") String id,
                         @QueryParam("since") @Parameter(description = "the last sequence number seen; 0 or absent for all") Long since,
                         @QueryParam("limit") @Parameter(description = "1–1000, default 100") Integer limit) {
        long after = since == null ? 0 : since;
        HandlingUnitId unitId = Http.pathId(id, HandlingUnitId::parse, "handling-unit");
        return Response.ok(FeedJson.changes(feed.readForUnit(unitId, after, limit == null ? 100 : limit), after)).build();
    }
}
