package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.COMMITTEE;
import static org.xieshang.domain.security.Permission.PROPOSAL_MANAGE;
import static org.xieshang.domain.security.Permission.PROPOSAL_READ;
import static org.xieshang.domain.security.Permission.PROPOSAL_SUBMIT;

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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.proposal.ProposalService;
import org.xieshang.app.application.proposal.ProposalViews;
import org.xieshang.app.interfaces.export.ProposalExports;
import org.xieshang.app.interfaces.export.ProposalExports.Register;
import org.xieshang.app.interfaces.export.ProposalExports.Statistics;
import org.xieshang.app.interfaces.export.ProposalWorkbooks;
import org.xieshang.app.interfaces.export.Spreadsheet;
import org.xieshang.app.interfaces.rest.ProposalRequests.BundleRequest;
import org.xieshang.app.interfaces.rest.ProposalRequests.DraftRequest;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.proposal.Alert;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalId;
import org.xieshang.domain.proposal.ProposalQuery;
import org.xieshang.domain.proposal.ProposalStatistics;

/**
 * A committee's proposals (提案): the register, a new draft, bundles, alerts and the statistics per handling unit and
 * category; the register and the statistics also as XLSX. (Under {@code committees/{id}/proposals}: a second root
 * resource at {@code committees/{id}} would hide the committee's own.) Members list their own under
 * {@code members/{id}/proposals}, units theirs under {@code handling-units/{id}/proposals}.
 */
@Path("committees/{committeeId}/proposals")
@RequestScoped
@Tag(name = "Proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeProposalsResource {

    @Inject
    ProposalService proposals;

    @Inject
    ProposalListings listings;

    @Inject
    ProposalRequestMapper requests;

    @Inject
    ProposalViews views;

    @Inject
    ProposalExports exports;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    /** The register: by filing number; drafts are their proposers' own and not listed. */
    @Requires(value = PROPOSAL_READ, on = COMMITTEE, param = "committeeId")
    @GET
    public PageJson<ProposalJson> register(@PathParam("committeeId") String committeeId, @QueryParam("year") Integer year,
                                           @QueryParam("status") @Parameter(description = "statuses, comma-separated") String status,
                                           @QueryParam("key") Boolean key, @QueryParam("overdue") Boolean overdue,
                                           @QueryParam("category") String category, @QueryParam("page") Integer page,
                                           @QueryParam("size") Integer size) {
        return listings.page(ProposalQuery.of(committee(committeeId), year(year)), status, key, overdue, category, page, size);
    }

    /** A draft entered by the proposal office for any proposer, such as a sector's or a paper submission; members use members/{id}/proposals. */
    @Requires(value = PROPOSAL_SUBMIT, on = COMMITTEE, param = "committeeId")
    @POST
    public Response draft(@PathParam("committeeId") String committeeId, @Valid DraftRequest request) {
        DraftRequest r = Http.body(request);
        Proposal draft = proposals.draft(committee(committeeId), r.year, requests.origin(r), requests.proposer(r, null), requests.content(r));
        return Http.created(uriInfo.getBaseUriBuilder().path("proposals").path(draft.id().toString()).build(), views.of(draft), draft.version());
    }

    /** Common proposals assigned as one bundle (共性提案打包办理): the same units and deadline for each. */
    @Requires(value = PROPOSAL_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    @Path("bundles")
    public Response bundle(@PathParam("committeeId") String committeeId, @Valid BundleRequest request) {
        BundleRequest r = Http.body(request);
        Map<ProposalId, Long> versions = new LinkedHashMap<>();
        r.proposals.forEach(p -> versions.put(Http.bodyId(p.id, ProposalId::new, "proposals"), p.version));
        List<Proposal> assigned = proposals.assignBundle(committee(committeeId), versions, Http.bodyId(r.leadUnitId, HandlingUnitId::new, "lead"),
                requests.units(r.coUnitIds), Optional.ofNullable(r.deadline));
        LocalDate today = LocalDate.now(clock);
        return Response.ok(assigned.stream().map(p -> ProposalJson.of(p, views, today)).toList()).build();
    }

    /** What needs attention: due within the warning period, overdue, not acknowledged, extensions waiting, answers not rated. */
    @Requires(value = PROPOSAL_READ, on = COMMITTEE, param = "committeeId")
    @GET
    @Path("alerts")
    public List<AlertJson> alerts(@PathParam("committeeId") String committeeId, @QueryParam("year") Integer year) {
        return proposals.alerts(committee(committeeId), year(year)).stream().map(a -> AlertJson.of(a, views)).toList();
    }

    /** Per handling unit, per category, and the committee's coverage of "every item an answer". */
    @Requires(value = PROPOSAL_READ, on = COMMITTEE, param = "committeeId")
    @GET
    @Path("statistics")
    public StatisticsJson statistics(@PathParam("committeeId") String committeeId, @QueryParam("year") Integer year) {
        ProposalStatistics statistics = proposals.statistics(committee(committeeId), year(year));
        return StatisticsJson.of(statistics, views);
    }

    /** The register as an XLSX workbook (提案登记表), in the language the client accepts. */
    @Requires(value = PROPOSAL_READ, on = COMMITTEE, param = "committeeId")
    @GET
    @Path("register.xlsx")
    @Produces(Spreadsheet.MEDIA_TYPE)
    public Response registerWorkbook(@PathParam("committeeId") String committeeId, @QueryParam("year") Integer year) {
        Register register = exports.exportRegister(committee(committeeId), year(year));
        // Read now: the request's language is gone by the time the workbook streams.
        Locale reader = RequestLocale.current();
        return download(out -> ProposalWorkbooks.register(register, reader, out), ProposalWorkbooks.registerFile(register.year(), reader),
                ProposalWorkbooks.registerFile(register.year(), Locale.ENGLISH));
    }

    /** The statistics as an XLSX workbook: per unit, the committee's coverage, per category. */
    @Requires(value = PROPOSAL_READ, on = COMMITTEE, param = "committeeId")
    @GET
    @Path("statistics.xlsx")
    @Produces(Spreadsheet.MEDIA_TYPE)
    public Response statisticsWorkbook(@PathParam("committeeId") String committeeId, @QueryParam("year") Integer year) {
        Statistics statistics = exports.exportStatistics(committee(committeeId), year(year));
        Locale reader = RequestLocale.current();
        return download(out -> ProposalWorkbooks.statistics(statistics, reader, out), ProposalWorkbooks.statisticsFile(statistics.year(), reader),
                ProposalWorkbooks.statisticsFile(statistics.year(), Locale.ENGLISH));
    }

    /** @param fallback the file's English name, for clients that read no UTF-8 name */
    private static Response download(StreamingOutput body, String fileName, String fallback) {
        return Response.ok(body, Spreadsheet.MEDIA_TYPE).header("Content-Disposition", ContentDispositions.attachment(fileName, fallback)).build();
    }

    private int year(Integer year) {
        return year == null ? LocalDate.now(clock).getYear() : year;
    }

    private static CommitteeId committee(String id) {
        return Http.pathId(id, CommitteeId::parse, "committee");
    }

    /** One alert. */
    public record AlertJson(String proposalId, String kind, String unitId, String unitName, LocalDate dueOn) {
        static AlertJson of(Alert a, ProposalViews names) {
            return new AlertJson(a.proposalId().toString(), a.kind().name(), a.unitId().map(Object::toString).orElse(null),
                    a.unitId().map(names::unitName).orElse(null), a.dueOn());
        }
    }
}
