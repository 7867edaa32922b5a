package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.COMMITTEE;
import static org.xieshang.domain.security.Permission.USER_MANAGE;
import static org.xieshang.domain.security.Permission.USER_READ;

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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.security.UserService;
import org.xieshang.app.interfaces.rest.UserJson.IssuedView;
import org.xieshang.app.interfaces.rest.UserJson.NewUserRequest;
import org.xieshang.app.interfaces.rest.UserJson.UserView;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.security.IssuedPassword;
import org.xieshang.domain.security.NewAccount;

/** A committee's user accounts, for the security administrator. */
@Path("committees/{committeeId}/users")
@RequestScoped
@Tag(name = "Users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeUsersResource {

    @Inject
    UserService users;

    @Context
    UriInfo uriInfo;

    @Requires(value = USER_READ, on = COMMITTEE, param = "committeeId")
    @GET
    public PageJson<UserView> list(@PathParam("committeeId") String committeeId, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageJson.of(users.ofCommittee(committee(committeeId), Http.page(page, size)), UserView::of);
    }

    /** Opens an account; the answer carries its one-time password, once. Administrator roles cannot be granted here. */
    @Requires(value = USER_MANAGE, on = COMMITTEE, param = "committeeId")
    @POST
    public Response open(@PathParam("committeeId") String committeeId, @Valid NewUserRequest request) {
        NewUserRequest r = Http.body(request);
        IssuedPassword issued = users.open(new NewAccount(committee(committeeId), r.username, r.displayName, UsersResource.roles(r.roles),
                RequestIds.member(r.memberId, "memberId"), Http.optionalId(r.unitId, "unitId").map(HandlingUnitId::new)));
        return Http.created(uriInfo.getBaseUriBuilder().path("users").path(issued.account().id().toString()).build(), IssuedView.of(issued),
                issued.account().version());
    }

    private static CommitteeId committee(String committeeId) {
        return Http.pathId(committeeId, CommitteeId::parse, "committee");
    }
}
