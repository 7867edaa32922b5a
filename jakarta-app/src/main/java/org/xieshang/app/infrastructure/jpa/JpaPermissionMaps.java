package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.security.Grant;
import org.xieshang.domain.security.PermissionMap;
import org.xieshang.domain.security.PermissionMaps;
import org.xieshang.domain.security.Role;
import org.xieshang.domain.shared.ConcurrentUpdateException;

/** Permission maps stored with JPA, one row per grant. Runs inside the caller's transaction. */
public final class JpaPermissionMaps implements PermissionMaps {

    private final EntityManager em;

    /** @param em the entity manager, not null */
    public JpaPermissionMaps(EntityManager em) {
        this.em = em;
    }

    @Override
    public PermissionMap of(CommitteeId committeeId) {
        PermissionMapEntity entity = em.find(PermissionMapEntity.class, committeeId.toString());
        return entity == null ? PermissionMap.defaults() : toDomain(entity);
    }

    @Override
    public PermissionMap save(CommitteeId committeeId, PermissionMap map) {
        PermissionMapEntity entity = em.find(PermissionMapEntity.class, committeeId.toString());
        long stored = entity == null ? 0 : entity.version;
        if (stored != map.version()) {
            throw new ConcurrentUpdateException("permission-map", committeeId, map.version());
        }
        if (entity == null) {
            entity = new PermissionMapEntity();
            entity.committeeId = committeeId.toString();
            copy(map, entity);
            em.persist(entity);
        } else {
            copy(map, entity);
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentUpdateException("permission-map", committeeId, map.version());
        }
        return toDomain(entity);
    }

    private static void copy(PermissionMap map, PermissionMapEntity entity) {
        entity.grants.clear();
        map.asMap().forEach((role, grants) -> grants.forEach(grant -> {
            PermissionMapEntity.GrantRow row = new PermissionMapEntity.GrantRow();
            row.role = role;
            row.permission = grant.permission();
            row.reach = grant.reach();
            entity.grants.add(row);
        }));
    }

    private static PermissionMap toDomain(PermissionMapEntity entity) {
        Map<Role, Set<Grant>> grants = new EnumMap<>(Role.class);
        for (PermissionMapEntity.GrantRow row : entity.grants) {
            grants.computeIfAbsent(row.role, r -> new HashSet<>()).add(new Grant(row.permission, row.reach));
        }
        // The version is 1 after the first save, as for every other aggregate.
        return PermissionMap.restore(grants, entity.version);
    }
}
