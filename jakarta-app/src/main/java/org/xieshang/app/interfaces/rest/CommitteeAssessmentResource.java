package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.COMMITTEE;
import static org.xieshang.domain.security.Permission.DUTY_ASSESSMENT_MANAGE;
import static org.xieshang.domain.security.Permission.DUTY_FILE_READ;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.duty.AssessmentService;
import org.xieshang.app.interfaces.rest.DutyJson.EvaluationRequest;
import org.xieshang.app.interfaces.rest.DutyJson.FindingView;
import org.xieshang.app.interfaces.rest.DutyJson.PolicyRequest;
import org.xieshang.app.interfaces.rest.DutyJson.PolicyView;
import org.xieshang.app.interfaces.rest.DutyJson.SchemeRequest;
import org.xieshang.app.interfaces.rest.DutyJson.SchemeView;
import org.xieshang.app.interfaces.rest.DutyJson.ScoreView;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.duty.discipline.DisciplinePolicy;
import org.xieshang.domain.duty.discipline.DisciplinePreset;
import org.xieshang.domain.duty.discipline.FindingKind;
import org.xieshang.domain.duty.discipline.FindingQuery;
import org.xieshang.domain.duty.evaluation.EvaluationSummary;
import org.xieshang.domain.duty.scoring.ScoringScheme;
import org.xieshang.domain.shared.NotFoundException;

/** A committee's duty assessment (履职考核): scoring schemes and their revisions, discipline rules, evaluations and findings. */
@Path("committees/{committeeId}/assessment")
@RequestScoped
@Tag(name = "Duty assessment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeAssessmentResource {

    @Inject
    AssessmentService assessment;

    /** Every revision of the year's scoring scheme, oldest first (the last is in force). */
    @Requires(value = DUTY_FILE_READ, on = COMMITTEE, param = "committeeId")
    @GET
    @Path("schemes/{year}")
    public List<SchemeView> schemes(@PathParam("committeeId") String committeeId, @PathParam("year") int year) {
        return assessment.schemeRevisions(committee(committeeId), year).stream().map(SchemeView::of).toList();
    }

    /**
     * Sets or revises the year's scheme (If-Match: the current revision, "0" for the first) and recomputes the year's scores
     * under the new revision; the previous scores stay.
     */
    @Requires(value = DUTY_ASSESSMENT_MANAGE, on = COMMITTEE, param = "committeeId")
    @PUT
    @Path("schemes/{year}")
    public Response reviseScheme(@PathParam("committeeId") String committeeId, @PathParam("year") int year, @HeaderParam("If-Match") String ifMatch,
                                 @Valid SchemeRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        SchemeRequest r = Http.body(request);
        ScoringScheme scheme = assessment.reviseScheme(committee(committeeId), r.termNumber, year, expected, DutyRequests.scheme(r));
        return Http.ok(SchemeView.of(scheme), scheme.revision());
    }

    /**
     * Each member's score now and under the scheme in the body, without storing anything.
     *
     * @param memberId the member
     * @param current  the score under the revision in force, or null
     * @param proposed the score under the edited scheme
     * @param changesOutcome whether pass or fail changes
     */
    public record PreviewView(String memberId, BigDecimal current, BigDecimal proposed, String proposedGrade, boolean changesOutcome) {
    }

    @Requires(value = DUTY_ASSESSMENT_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    @Path("schemes/{year}/preview")
    public List<PreviewView> preview(@PathParam("committeeId") String committeeId, @PathParam("year") int year, @Valid SchemeRequest request) {
        SchemeRequest r = Http.body(request);
        return assessment.preview(committee(committeeId), r.termNumber, year, DutyRequests.scheme(r)).stream()
                .map(p -> new PreviewView(p.memberId().toString(), p.current().map(c -> c.total().toDecimal()).orElse(null),
                        p.proposed().total().toDecimal(), p.proposed().grade(), p.changesOutcome())).toList();
    }

    /** The year's scores under one revision (default: the one in force). */
    @Requires(value = DUTY_FILE_READ, on = COMMITTEE, param = "committeeId")
    @GET
    @Path("scores/{year}")
    public List<ScoreView> scores(@PathParam("committeeId") String committeeId, @PathParam("year") int year,
                                  @QueryParam("revision") @Parameter(description = "a scheme revision, default the one in force") Integer revision) {
        CommitteeId id = committee(committeeId);
        int chosen = revision != null ? revision : assessment.scheme(id, year).map(ScoringScheme::revision)
                .orElseThrow(() -> new NotFoundException("scoring-scheme", "year", year));
        return assessment.scores(id, year, chosen).stream().map(ScoreView::of).toList();
    }

    @Requires(value = DUTY_FILE_READ, on = COMMITTEE, param = "committeeId")
    @GET
    @Path("policy")
    public Response policy(@PathParam("committeeId") String committeeId) {
        DisciplinePolicy policy = assessment.policy(committee(committeeId));
        return Http.ok(PolicyView.of(policy), policy.version());
    }

    /** Adopts a preset (YUEQING, NANCHANG) or sets the rules with their parameters. */
    @Requires(value = DUTY_ASSESSMENT_MANAGE, on = COMMITTEE, param = "committeeId")
    @PUT
    @Path("policy")
    public Response changePolicy(@PathParam("committeeId") String committeeId, @HeaderParam("If-Match") String ifMatch, @Valid PolicyRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        PolicyRequest r = Http.body(request);
        CommitteeId id = committee(committeeId);
        DisciplinePreset preset = Http.enumValue(DisciplinePreset.class, r.preset, "preset");
        if (preset == null && r.rules == null) {
            throw new ProblemException(400, "body.required", "rules");
        }
        DisciplinePolicy policy = preset != null ? assessment.adoptPreset(id, expected, preset)
                : assessment.changeRules(id, expected, DutyRequests.rules(r.rules));
        return Http.ok(PolicyView.of(policy), policy.version());
    }

    /**
     * What an evaluation computed.
     *
     * @param year           the year
     * @param termNumber     the term
     * @param schemeRevision the revision scores were stored under, or null without a scheme
     * @param members        how many members were evaluated
     * @param newFindings    the findings raised now
     */
    public record EvaluationView(int year, int termNumber, Integer schemeRevision, int members, List<FindingView> newFindings) {
    }

    /** Evaluates the year: stores the scores under the scheme in force and raises the findings not raised before. */
    @Requires(value = DUTY_ASSESSMENT_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    @Path("evaluations")
    public EvaluationView evaluate(@PathParam("committeeId") String committeeId, @Valid EvaluationRequest request) {
        EvaluationRequest r = Http.body(request);
        EvaluationSummary summary = assessment.evaluate(committee(committeeId), r.termNumber, r.year);
        return new EvaluationView(summary.year(), summary.termNumber(), summary.schemeRevision().orElse(null), summary.members().size(),
                summary.newFindings().stream().map(FindingView::of).toList());
    }

    /** The findings work list, newest first. */
    @Requires(value = DUTY_FILE_READ, on = COMMITTEE, param = "committeeId")
    @GET
    @Path("findings")
    public PageJson<FindingView> findings(@PathParam("committeeId") String committeeId, @QueryParam("year") Integer year,
                                          @QueryParam("open") @Parameter(description = "true: open only; false: decided only") Boolean open,
                                          @QueryParam("kind") String kind, @QueryParam("member") String member,
                                          @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        FindingQuery query = new FindingQuery(committee(committeeId), Optional.ofNullable(year), Optional.ofNullable(open),
                Optional.ofNullable(Http.enumValue(FindingKind.class, kind, "kind")), RequestIds.member(member, "member"));
        return PageJson.of(assessment.findings(query, Http.page(page, size)), FindingView::of);
    }

    private static CommitteeId committee(String committeeId) {
        return Http.pathId(committeeId, CommitteeId::parse, "committee");
    }
}
