package org.xieshang.app.application.security;

import static org.xieshang.domain.security.Permission.PERMISSION_MAP_MANAGE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.security.Grant;
import org.xieshang.domain.security.PermissionMap;
import org.xieshang.domain.security.PermissionMaps;
import org.xieshang.domain.security.Role;
import org.xieshang.domain.security.Target;
import org.xieshang.domain.shared.Versions;

/** A committee's role → permission map, for the security administrator: checked and audited. */
@ApplicationScoped
@Transactional
public class PermissionMapService {

    @Inject
    PermissionMaps maps;

    @Inject
    Committees committees;

    @Inject
    AccessControl access;

    @Inject
    AuditLog audit;

    public PermissionMap of(CommitteeId committeeId) {
        committees.require(committeeId);
        access.require(PERMISSION_MAP_MANAGE, Target.committee(committeeId));
        return maps.of(committeeId);
    }

    /**
     * @param committeeId     the committee, not null
     * @param expectedVersion the map's version the caller read (0 while it has the defaults)
     * @param role            the role to change, not null
     * @param grants          what it holds from now on, not null
     * @return the stored map, never null
     */
    public PermissionMap change(CommitteeId committeeId, long expectedVersion, Role role, Set<Grant> grants) {
        PermissionMap before = of(committeeId);
        Versions.check("permission-map", committeeId, before.version(), expectedVersion);
        PermissionMap after = maps.save(committeeId, before.withGrants(role, grants));
        audit.change(committeeId, "permission-map", committeeId + "/" + role, fields(before, role), fields(after, role));
        return after;
    }

    /** @return the role's grants as the audit trail compares them: permission → its reaches */
    private static Map<String, String> fields(PermissionMap map, Role role) {
        Map<String, TreeSet<String>> reaches = new TreeMap<>();
        map.grantsOf(role).forEach(g -> reaches.computeIfAbsent(g.permission().name(), p -> new TreeSet<>()).add(g.reach().name()));
        Map<String, String> fields = new TreeMap<>();
        reaches.forEach((permission, set) -> fields.put(permission, String.join(",", set)));
        return fields;
    }
}
