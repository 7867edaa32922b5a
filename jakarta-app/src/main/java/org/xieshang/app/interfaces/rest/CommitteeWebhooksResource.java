package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.COMMITTEE;
import static org.xieshang.domain.security.Permission.PROPOSAL_MANAGE;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.webhook.WebhookService;
import org.xieshang.app.application.webhook.WebhookService.Registration;
import org.xieshang.app.interfaces.rest.WebhookJson.WebhookRequest;
import org.xieshang.app.interfaces.rest.WebhookJson.WebhookView;
import org.xieshang.domain.committee.CommitteeId;

/**
 * A committee's webhooks: a department's system receives the committee's change feed as signed POSTs instead of
 * polling {@code GET /changes}. The proposal office registers them; the secret is in the answer to the registration
 * only.
 */
@Path("committees/{committeeId}/webhooks")
@RequestScoped
@Tag(name = "Change feed")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeWebhooksResource {

    @Inject
    WebhookService webhooks;

    @Context
    UriInfo uriInfo;

    @Requires(value = PROPOSAL_MANAGE, on = COMMITTEE, param = "committeeId")
    @GET
    public List<WebhookView> list(@PathParam("committeeId") String committeeId) {
        return webhooks.ofCommittee(committee(committeeId)).stream().map(WebhookView::of).toList();
    }

    /** Registers a webhook that receives the committee's changes from the first on; the answer shows its secret, once. */
    @Requires(value = PROPOSAL_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    public Response register(@PathParam("committeeId") String committeeId, @Valid WebhookRequest request) {
        WebhookRequest r = Http.body(request);
        Registration registered = webhooks.register(committee(committeeId), r.url, r.description);
        Response created = Http.created(uriInfo.getBaseUriBuilder().path("webhooks").path(registered.webhook().id().toString()).build(),
                WebhookView.of(registered.webhook(), registered.secret()), registered.webhook().version());
        // The secret is in this answer only: no cache along the way keeps it.
        return Response.fromResponse(created).header("Cache-Control", "no-store").build();
    }

    private static CommitteeId committee(String committeeId) {
        return Http.pathId(committeeId, CommitteeId::parse, "committee");
    }
}
