package org.xieshang.domain.sector;

import java.util.List;
import java.util.Optional;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.committee.CommitteeId;

/** Storage port for sector activity groups. Implementations must pass {@code SectorGroupsContract}. */
public interface SectorGroups {

    /**
     * @param id the identifier, not null
     * @return the group, if stored
     */
    Optional<SectorGroup> find(SectorGroupId id);

    /**
     * @param group a new (version 0) or changed group, not null
     * @return the stored group with its new version, never null
     * @throws org.xieshang.domain.shared.ConcurrentUpdateException if the stored version differs
     */
    SectorGroup save(SectorGroup group);

    /**
     * @param committeeId the committee, not null
     * @return its groups by name in pinyin order, never null
     */
    List<SectorGroup> listOf(CommitteeId committeeId);

    /**
     * @param id the identifier, not null
     * @return the stored sector group, never null
     * @throws NotFoundException if it is not stored
     */
    default SectorGroup require(SectorGroupId id) {
        return find(id).orElseThrow(() -> new NotFoundException("sector-group", null, id));
    }
}
