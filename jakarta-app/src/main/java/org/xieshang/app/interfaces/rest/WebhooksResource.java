package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.WEBHOOK;
import static org.xieshang.domain.security.Permission.PROPOSAL_MANAGE;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.webhook.Webhook;
import org.xieshang.app.application.webhook.WebhookService;
import org.xieshang.app.interfaces.rest.WebhookJson.RewindRequest;
import org.xieshang.app.interfaces.rest.WebhookJson.WebhookView;
import org.xieshang.domain.shared.Ids;

/**
 * One webhook: how far its deliveries have come and why the last one failed; deleted to stop them, or rewound to
 * deliver again from after a sequence number. Changes need {@code If-Match} with the version read.
 */
@Path("webhooks/{id}")
@RequestScoped
@Tag(name = "Change feed")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhooksResource {

    @Inject
    WebhookService webhooks;

    @Requires(value = PROPOSAL_MANAGE, on = WEBHOOK)
    @GET
    public Response get(@PathParam("id") String id) {
        return ok(webhooks.get(webhookId(id)));
    }

    @Requires(value = PROPOSAL_MANAGE, on = WEBHOOK)
    @DELETE
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        long expected = Http.expectedVersion(ifMatch);
        webhooks.delete(webhookId(id), expected);
        return Response.noContent().build();
    }

    /** Delivers again from after {@code since} (0: the whole feed), at once, with the failures forgotten. */
    @Requires(value = PROPOSAL_MANAGE, on = WEBHOOK)
    @POST
    @Path("rewind")
    public Response rewind(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid RewindRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        return ok(webhooks.rewind(webhookId(id), expected, Http.body(request).since));
    }

    private static UUID webhookId(String id) {
        return Http.pathId(id, text -> Ids.parse(text, "id"), "webhook");
    }

    /** The ETag is the office's version; the delivery fields change under it, so nothing caches the answer. */
    private static Response ok(Webhook webhook) {
        return Response.fromResponse(Http.ok(WebhookView.of(webhook), webhook.version())).header("Cache-Control", "no-store").build();
    }
}
