package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.USER;
import static org.xieshang.domain.security.Permission.USER_MANAGE;
import static org.xieshang.domain.security.Permission.USER_READ;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.security.UserService;
import org.xieshang.app.interfaces.rest.UserJson.IssuedView;
import org.xieshang.app.interfaces.rest.UserJson.RolesRequest;
import org.xieshang.app.interfaces.rest.UserJson.UserView;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.security.IssuedPassword;
import org.xieshang.domain.security.Role;
import org.xieshang.domain.security.UserAccount;
import org.xieshang.domain.security.UserId;

/** One user account: roles, password reset, unlocking, enabling; changes need If-Match. */
@Path("users/{id}")
@RequestScoped
@Tag(name = "Users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    UserService users;

    @Requires(value = USER_READ, on = USER)
    @GET
    public Response get(@PathParam("id") String id) {
        return view(users.get(user(id)));
    }

    @Requires(value = USER_MANAGE, on = USER)
    @PUT
    @Path("roles")
    public Response changeRoles(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, RolesRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        RolesRequest r = Http.body(request);
        return view(users.changeRoles(user(id), expected, roles(r.roles), RequestIds.member(r.memberId, "memberId"),
                Http.optionalId(r.unitId, "unitId").map(HandlingUnitId::new)));
    }

    /** Sets a one-time password (and lifts a lockout); the answer carries it, once. */
    @Requires(value = USER_MANAGE, on = USER)
    @POST
    @Path("password-reset")
    public Response resetPassword(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        IssuedPassword issued = users.resetPassword(user(id), Http.expectedVersion(ifMatch));
        return Http.ok(IssuedView.of(issued), issued.account().version());
    }

    @Requires(value = USER_MANAGE, on = USER)
    @POST
    @Path("unlock")
    public Response unlock(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return view(users.unlock(user(id), Http.expectedVersion(ifMatch)));
    }

    @Requires(value = USER_MANAGE, on = USER)
    @POST
    @Path("enable")
    public Response enable(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return view(users.enable(user(id), Http.expectedVersion(ifMatch)));
    }

    @Requires(value = USER_MANAGE, on = USER)
    @POST
    @Path("disable")
    public Response disable(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return view(users.disable(user(id), Http.expectedVersion(ifMatch)));
    }

    /** Removes the second factor, which the user sets up again at the next sign-in. */
    @Requires(value = USER_MANAGE, on = USER)
    @POST
    @Path("second-factor-reset")
    public Response resetSecondFactor(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return view(users.resetSecondFactor(user(id), Http.expectedVersion(ifMatch)));
    }

    static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(name -> roles.add(Http.enumValue(Role.class, name, "roles")));
        }
        roles.remove(null);
        return roles;
    }

    private static UserId user(String id) {
        return Http.pathId(id, UserId::parse, "user");
    }

    private static Response view(UserAccount account) {
        return Http.ok(UserView.of(account), account.version());
    }
}
