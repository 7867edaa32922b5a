package org.xieshang.domain.sector;

import java.util.List;
import java.util.Optional;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.committee.CommitteeId;

/** Storage port for sectors. Implementations must pass {@code SectorsContract} from the test kit. */
public interface Sectors {

    /**
     * @param id the identifier, not null
     * @return the sector, if stored
     */
    Optional<Sector> find(SectorId id);

    /**
     * @param sector a new (version 0) or changed sector, not null
     * @return the stored sector with its new version, never null
     * @throws org.xieshang.domain.shared.ConcurrentUpdateException if the stored version differs
     * @throws org.xieshang.domain.shared.DuplicateException if the committee has another sector of that name
     */
    Sector save(Sector sector);

    /**
     * @param committeeId the committee, not null
     * @return its sectors in display order, never null
     */
    List<Sector> listOf(CommitteeId committeeId);

    /**
     * @param id the identifier, not null
     * @return the stored sector, never null
     * @throws NotFoundException if it is not stored
     */
    default Sector require(SectorId id) {
        return find(id).orElseThrow(() -> new NotFoundException("sector", null, id));
    }

    /**
     * Checks a reference to a sector made from within a committee (a member's appointment, a group).
     *
     * @param committeeId the committee making the reference, not null
     * @param id          the sector referred to, not null
     * @param field       the input field holding the reference, not null
     * @return the sector, never null
     * @throws NotFoundException if the committee has no such sector
     */
    default Sector requireSectorOf(CommitteeId committeeId, SectorId id, String field) {
        return find(id).filter(s -> s.committeeId().equals(committeeId))
                .orElseThrow(() -> new NotFoundException("sector", field, id));
    }
}
