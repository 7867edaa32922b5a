package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.FINDING;
import static org.xieshang.domain.security.Permission.DUTY_ASSESSMENT_MANAGE;
import static org.xieshang.domain.security.Permission.DUTY_FILE_READ;

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
import org.xieshang.app.application.duty.AssessmentService;
import org.xieshang.app.interfaces.rest.DutyJson.FindingDecisionRequest;
import org.xieshang.app.interfaces.rest.DutyJson.FindingView;
import org.xieshang.domain.duty.discipline.Finding;
import org.xieshang.domain.duty.discipline.FindingId;
import org.xieshang.domain.duty.discipline.FindingOutcome;
import org.xieshang.domain.member.DecisionId;

/** A finding of the discipline rules and staff's decision on it. */
@Path("findings/{id}")
@RequestScoped
@Tag(name = "Duty files")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FindingsResource {

    @Inject
    AssessmentService assessment;

    @Requires(value = DUTY_FILE_READ, on = FINDING)
    @GET
    public Response finding(@PathParam("id") String id) {
        Finding finding = assessment.finding(findingId(id));
        return Http.ok(FindingView.of(finding), finding.version());
    }

    /** Records what staff decided; an outcome that changes the membership names the membership decision recorded for it. */
    @Requires(value = DUTY_ASSESSMENT_MANAGE, on = FINDING)
    @PUT
    @Path("decision")
    public Response decide(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid FindingDecisionRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        FindingDecisionRequest r = Http.body(request);
        Finding finding = assessment.decide(findingId(id), expected, Http.enumValue(FindingOutcome.class, r.outcome, "outcome"), r.reason,
                Http.optionalId(r.membershipDecisionId, "membershipDecisionId").map(DecisionId::new));
        return Http.ok(FindingView.of(finding), finding.version());
    }

    private static FindingId findingId(String id) {
        return Http.pathId(id, FindingId::parse, "finding");
    }
}
