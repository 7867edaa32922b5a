package org.xieshang.domain.workstation;

import java.util.List;
import java.util.Optional;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.committee.CommitteeId;

/** Storage port for member workstations. Implementations must pass {@code WorkstationsContract}. */
public interface Workstations {

    /**
     * @param id the identifier, not null
     * @return the workstation, if stored
     */
    Optional<Workstation> find(WorkstationId id);

    /**
     * @param workstation a new (version 0) or changed workstation, not null
     * @return the stored workstation with its new version, never null
     * @throws org.xieshang.domain.shared.ConcurrentUpdateException if the stored version differs
     */
    Workstation save(Workstation workstation);

    /**
     * @param committeeId the committee, not null
     * @return its workstations by name in pinyin order, never null
     */
    List<Workstation> listOf(CommitteeId committeeId);

    /**
     * @param id the identifier, not null
     * @return the stored workstation, never null
     * @throws NotFoundException if it is not stored
     */
    default Workstation require(WorkstationId id) {
        return find(id).orElseThrow(() -> new NotFoundException("workstation", null, id));
    }
}
