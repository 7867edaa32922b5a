package org.xieshang.app.interfaces.rest;

import static org.xieshang.app.application.security.Targets.Kind.COMMITTEE;
import static org.xieshang.domain.security.Permission.PERMISSION_MAP_MANAGE;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xieshang.app.application.security.PermissionMapService;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.security.Grant;
import org.xieshang.domain.security.Permission;
import org.xieshang.domain.security.PermissionMap;
import org.xieshang.domain.security.Reach;
import org.xieshang.domain.security.Role;

/**
 * A committee's role → permission map (data, adjustable by the security administrator). The separation of
 * the three administrator duties holds whatever is sent: a role given a permission outside its duty is refused.
 */
@Path("committees/{committeeId}/permissions")
@RequestScoped
@Tag(name = "Users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteePermissionsResource {

    @Inject
    PermissionMapService maps;

    /**
     * One grant.
     *
     * @param permission a permission name
     * @param reach      COMMITTEE, OWN_RECORD or OWN_UNIT
     */
    public record GrantView(String permission, String reach) {
    }

    /** A role's new grants; a class with public fields for JSON-B. */
    public static class GrantsRequest {
        /** What the role holds from now on. */
        public List<GrantView> grants;
    }

    @Requires(value = PERMISSION_MAP_MANAGE, on = COMMITTEE, param = "committeeId")
    @GET
    public Response get(@PathParam("committeeId") String committeeId) {
        return view(maps.of(committee(committeeId)));
    }

    @Requires(value = PERMISSION_MAP_MANAGE, on = COMMITTEE, param = "committeeId")
    @PUT
    @Path("{role}")
    public Response change(@PathParam("committeeId") String committeeId, @PathParam("role") String role, @HeaderParam("If-Match") String ifMatch,
                           GrantsRequest request) {
        long expected = Http.expectedVersion(ifMatch);
        Set<Grant> grants = new HashSet<>();
        List<GrantView> sent = Http.body(request).grants;
        if (sent != null) {
            sent.forEach(g -> grants.add(new Grant(Http.enumValue(Permission.class, g.permission(), "permission"),
                    Http.enumValue(Reach.class, g.reach(), "reach"))));
        }
        return view(maps.change(committee(committeeId), expected, Http.enumValue(Role.class, role, "role"), grants));
    }

    private static Response view(PermissionMap map) {
        Map<String, List<GrantView>> byRole = new TreeMap<>();
        map.asMap().forEach((role, grants) -> byRole.put(role.name(), grants.stream()
                .sorted(Comparator.comparing((Grant g) -> g.permission()).thenComparing(Grant::reach))
                .map(g -> new GrantView(g.permission().name(), g.reach().name())).toList()));
        return Http.ok(byRole, map.version());
    }

    private static CommitteeId committee(String committeeId) {
        return Http.pathId(committeeId, CommitteeId::parse, "committee");
    }
}
