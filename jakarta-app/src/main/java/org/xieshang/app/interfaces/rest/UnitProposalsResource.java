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
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.HandlingUnitService;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.proposal.ProposalQuery;

/** The proposals assigned to one handling unit, as lead or co-handling unit: its own workload for its portal or system. */
@Path("handling-units/{id}/proposals")
@RequestScoped
@Tag(name = "Proposals")
@Produces(MediaType.APPLICATION_JSON)
public class UnitProposalsResource {

    @Inject
    ProposalListings listings;

    @Inject
    HandlingUnitService units;

    @Inject
    Clock clock;

    @Requires(value = PROPOSAL_READ, on = HANDLING_UNIT)
    @GET
    public PageJson<ProposalJson> assigned(@PathParam("id") String id, @QueryParam("year") Integer year, @QueryParam("status") String status,
                                           @QueryParam("overdue") Boolean overdue, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        HandlingUnit unit = units.get(Http.pathId(id, HandlingUnitId::parse, "handling-unit"));
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        return listings.page(ProposalQuery.of(unit.committeeId(), y).assignedTo(unit.id()), status, null, overdue, null, page, size);
    }
}
