package org.xieshang.domain.committee;

import java.util.List;
import java.util.Optional;
import org.xieshang.domain.shared.NotFoundException;

/** Storage port for handling units. Implementations must pass {@code HandlingUnitsContract}. */
public interface HandlingUnits {

    /**
     * @param id the identifier, not null
     * @return the unit, if stored
     */
    Optional<HandlingUnit> find(HandlingUnitId id);

    /**
     * @param unit a new (version 0) or changed unit, not null
     * @return the stored unit with its new version, never null
     * @throws org.xieshang.domain.shared.ConcurrentUpdateException if the stored version differs
     * @throws org.xieshang.domain.shared.DuplicateException if the committee has another unit of that name, active or not
     */
    HandlingUnit save(HandlingUnit unit);

    /**
     * @param committeeId the committee, not null
     * @param activeOnly  true for the units that take assignments, false for every unit ever registered
     * @return its units by name in pinyin order, never null
     */
    List<HandlingUnit> ofCommittee(CommitteeId committeeId, boolean activeOnly);

    /**
     * @param id the identifier, not null
     * @return the stored unit, never null
     * @throws NotFoundException if it is not stored
     */
    default HandlingUnit require(HandlingUnitId id) {
        return find(id).orElseThrow(() -> new NotFoundException("handling-unit", null, id));
    }

    /**
     * Checks a reference to a unit made from within a committee (an account's unit, an assignment).
     *
     * @param committeeId the committee making the reference, not null
     * @param id          the unit referred to, not null
     * @param field       the input field holding the reference, not null
     * @return the unit, active or not; never null
     * @throws NotFoundException if the committee has no such unit
     */
    default HandlingUnit requireOf(CommitteeId committeeId, HandlingUnitId id, String field) {
        return find(id).filter(u -> u.committeeId().equals(committeeId))
                .orElseThrow(() -> new NotFoundException("handling-unit", field, id));
    }
}
