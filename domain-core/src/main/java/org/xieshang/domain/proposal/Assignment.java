package org.xieshang.domain.proposal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.shared.Guard;

/**
 * What the proposal office decides when it assigns a proposal (交办): the units, how they handle it, and by when. Immutable.
 *
 * @param mode     how it is handled, not null
 * @param bundle   the bundle of common proposals, present exactly for {@link HandlingMode#BUNDLED}
 * @param lead     the lead unit (主办), not null
 * @param coUnits  the co-handling units (协办/会办), none twice and not the lead; at least one for {@link HandlingMode#JOINT}
 * @param deadline the day the answer is due, a working day; not null
 */
public record Assignment(HandlingMode mode, Optional<BundleId> bundle, HandlingUnitId lead, List<HandlingUnitId> coUnits, LocalDate deadline) {

    /** Most co-handling units on one proposal. */
    public static final int MAX_CO_UNITS = 10;

    /** Validates every part. */
    public Assignment {
        Guard.required(mode, "mode");
        Guard.required(bundle, "bundle");
        Guard.required(lead, "lead");
        coUnits = List.copyOf(Guard.required(coUnits, "coUnits"));
        Guard.required(deadline, "deadline");
        Guard.check(bundle.isPresent() == (mode == HandlingMode.BUNDLED), "proposal.assignment.bundle", "bundle");
        Guard.check(!coUnits.contains(lead) && new HashSet<>(coUnits).size() == coUnits.size(), "proposal.assignment.unit-twice", "coUnits");
        Guard.check(coUnits.size() <= MAX_CO_UNITS, "proposal.assignment.too-many-units", "coUnits", MAX_CO_UNITS);
        Guard.check(mode != HandlingMode.JOINT || !coUnits.isEmpty(), "proposal.assignment.joint-needs-units", "coUnits");
    }

    /** @return every unit, the lead first, never null */
    public List<HandlingUnitId> units() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(lead), coUnits.stream()).toList();
    }
}
