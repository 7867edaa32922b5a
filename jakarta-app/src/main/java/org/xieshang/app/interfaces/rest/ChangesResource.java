package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.OWN_COMMITTEE;
import static org.xieshang.domain.security.Permission.PROPOSAL_READ;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.feed.FeedJson;
import org.xieshang.app.application.feed.FeedService;

/**
 * The change feed for integrators: every change of a proposal ({@code type: proposal}), a social-condition report
 * ({@code type: social-report}) or a consultation's outcome report ({@code type: outcome}) as an entry with a sequence
 * number, the item as {@code GET proposals/{id}}, {@code GET social-reports/{id}} or
 * {@code GET consultation-activities/{id}/follow-up} shows it after the change, or a tombstone ({@code removed: true})
 * when it left the register (withdrawn, or returned to its writer as a draft). Read from {@code since=0}, apply the
 * entries in order keeping the latest per item, and call again with the last {@code sequence} seen: the result is the
 * current registers. A handling unit reads its own share at {@code handling-units/{id}/changes}. Sequence numbers are given in commit order, so none appears later below one already read.
 */
@Path("changes")
@RequestScoped
@Tag(name = "Change feed")
@Produces(MediaType.APPLICATION_JSON)
public class ChangesResource {

    @Inject
    FeedService feed;

    @Requires(value = PROPOSAL_READ, on = OWN_COMMITTEE)
    @GET
    public Response read(@QueryParam("since") @Parameter(description = "the last sequence number seen; 0 or absent for all") Long since,
                         @QueryParam("limit") @Parameter(description = "1–1000, default 100") Integer limit) {
        long after = since == null ? 0 : since;
        return Response.ok(FeedJson.changes(feed.read(after, limit == null ? 100 : limit), after)).build();
    }
}
