package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.OWN_COMMITTEE;
import static org.xieshang.domain.security.Permission.COMMITTEE_READ;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.notice.NoticeService;
import org.xieshang.domain.shared.NotFoundException;

/** The signed-in member's or handling unit's notices: what changed on their proposals and assignments, newest first. */
@Path("notices")
@RequestScoped
@Tag(name = "Notices")
@Produces(MediaType.APPLICATION_JSON)
public class NoticesResource {

    @Inject
    NoticeService notices;

    @Requires(value = COMMITTEE_READ, on = OWN_COMMITTEE)
    @GET
    public List<NoticeJson> mine(@QueryParam("limit") Integer limit) {
        Locale locale = RequestLocale.current();
        return notices.mine(limit == null ? 50 : limit).stream()
                .map(n -> new NoticeJson(n.id(), n.text(locale), n.code(), n.source(), n.createdAt(), n.readAt().orElse(null))).toList();
    }

    @Requires(value = COMMITTEE_READ, on = OWN_COMMITTEE)
    @POST
    @Path("{noticeId}/read")
    public Response read(@PathParam("noticeId") String noticeId) {
        if (!notices.markRead(noticeId)) {
            throw new NotFoundException("notice", null, noticeId);
        }
        return Response.noContent().build();
    }

    /** One notice, in the reader's language. */
    public record NoticeJson(String id, String text, String code, String source, Instant createdAt, Instant readAt) {
    }
}
