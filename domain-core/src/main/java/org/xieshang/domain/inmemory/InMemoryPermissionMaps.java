package org.xieshang.domain.inmemory;

import java.util.HashMap;
import java.util.Map;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.security.PermissionMap;
import org.xieshang.domain.security.PermissionMaps;
import org.xieshang.domain.shared.ConcurrentUpdateException;

/** Permission maps kept in memory. Thread-safe. */
public final class InMemoryPermissionMaps implements PermissionMaps {

    private final Map<CommitteeId, PermissionMap> maps = new HashMap<>();

    @Override
    public synchronized PermissionMap of(CommitteeId committeeId) {
        return maps.getOrDefault(committeeId, PermissionMap.defaults());
    }

    @Override
    public synchronized PermissionMap save(CommitteeId committeeId, PermissionMap map) {
        long stored = of(committeeId).version();
        if (stored != map.version()) {
            throw new ConcurrentUpdateException("permission-map", committeeId, map.version());
        }
        PermissionMap saved = map.withVersion(stored + 1);
        maps.put(committeeId, saved);
        return saved;
    }
}
