package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.COMMITTEE;
import static org.xieshang.domain.security.Permission.CONSULTATION_READ;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.outcome.OutcomeService;
import org.xieshang.app.application.outcome.OutcomeView;
import org.xieshang.app.application.outcome.OutcomeViews;
import org.xieshang.domain.committee.CommitteeId;

/** A committee's consultation outcomes of a year, each with its suggestions' progress. */
@Path("committees/{committeeId}/outcomes")
@RequestScoped
@Tag(name = "Consultation outcomes")
@Produces(MediaType.APPLICATION_JSON)
public class CommitteeOutcomesResource {

    @Inject
    OutcomeService outcomes;

    @Inject
    OutcomeViews views;

    @Inject
    Clock clock;

    @Requires(value = CONSULTATION_READ, on = COMMITTEE, param = "committeeId")
    @GET
    public List<OutcomeView> list(@PathParam("committeeId") String committeeId, @QueryParam("year") Integer year) {
        CommitteeId committee = Http.pathId(committeeId, CommitteeId::parse, "committee");
        return views.of(committee, outcomes.of(committee, year == null ? LocalDate.now(clock).getYear() : year));
    }
}
