package org.xieshang.domain.security;

import org.xieshang.domain.committee.CommitteeId;

/** Storage port for each committee's permission map. */
public interface PermissionMaps {

    /**
     * @param committeeId the committee, not null
     * @return its stored map, or {@link PermissionMap#defaults()} if it never changed it; never null
     */
    PermissionMap of(CommitteeId committeeId);

    /**
     * @param committeeId the committee, not null
     * @param map         the map as read and changed, not null
     * @return the stored map with its new version, never null
     * @throws org.xieshang.domain.shared.ConcurrentUpdateException if the stored version differs from the map's
     */
    PermissionMap save(CommitteeId committeeId, PermissionMap map);
}
