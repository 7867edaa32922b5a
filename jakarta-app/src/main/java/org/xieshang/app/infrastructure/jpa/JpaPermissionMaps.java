package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.EntityManager;
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
import org.xieshang.domain.shared.DomainException;

/**
 * Permission maps stored with JPA, one row per grant, saved through the {@link AggregateStore} so that every save
 * raises the version even when only grant rows changed. Runs inside the caller's transaction.
 */
public final class JpaPermissionMaps implements PermissionMaps {

    private static final String KIND = "permission-map";

    private final EntityManager em;
    private final AggregateStore<PermissionMapEntity, CommitteeMap> store;

    /** @param em the entity manager, not null */
    public JpaPermissionMaps(EntityManager em) {
        this.em = em;
        this.store = new AggregateStore<>(em, new MapMapping());
    }

    @Override
    public PermissionMap of(CommitteeId committeeId) {
        PermissionMapEntity entity = em.find(PermissionMapEntity.class, committeeId.toString());
        return entity == null ? PermissionMap.defaults() : toDomain(entity);
    }

    @Override
    public PermissionMap save(CommitteeId committeeId, PermissionMap map) {
        return store.save(new CommitteeMap(committeeId, map)).map();
    }

    private static PermissionMap toDomain(PermissionMapEntity entity) {
        Map<Role, Set<Grant>> grants = new EnumMap<>(Role.class);
        for (PermissionMapEntity.GrantRow row : entity.grants) {
            grants.computeIfAbsent(row.role, r -> new HashSet<>()).add(new Grant(row.permission, row.reach));
        }
        // The version is 1 after the first save, as for every other aggregate.
        return PermissionMap.restore(grants, entity.version);
    }

    /** A map with the committee it belongs to, which the map itself does not name. */
    private record CommitteeMap(CommitteeId committeeId, PermissionMap map) {
    }

    private static final class MapMapping implements Mapping<PermissionMapEntity, CommitteeMap> {

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public Class<PermissionMapEntity> entityType() {
            return PermissionMapEntity.class;
        }

        @Override
        public PermissionMapEntity newEntity() {
            return new PermissionMapEntity();
        }

        @Override
        public void copy(CommitteeMap aggregate, PermissionMapEntity entity) {
            entity.committeeId = aggregate.committeeId().toString();
            entity.grants.clear();
            aggregate.map().asMap().forEach((role, grants) -> grants.forEach(grant -> {
                PermissionMapEntity.GrantRow row = new PermissionMapEntity.GrantRow();
                row.role = role;
                row.permission = grant.permission();
                row.reach = grant.reach();
                entity.grants.add(row);
            }));
        }

        @Override
        public CommitteeMap toDomain(PermissionMapEntity entity) {
            return new CommitteeMap(CommitteeId.parse(entity.committeeId), JpaPermissionMaps.toDomain(entity));
        }

        @Override
        public Object idOf(CommitteeMap aggregate) {
            return aggregate.committeeId().toString();
        }

        @Override
        public long versionOf(CommitteeMap aggregate) {
            return aggregate.map().version();
        }

        @Override
        public long entityVersion(PermissionMapEntity entity) {
            return entity.version;
        }

        /** Two first saves of the same committee's map at once: the later one read a map that is no longer the stored one. */
        @Override
        public DomainException duplicate(CommitteeMap aggregate) {
            return new ConcurrentUpdateException(KIND, aggregate.committeeId(), aggregate.map().version());
        }
    }
}
