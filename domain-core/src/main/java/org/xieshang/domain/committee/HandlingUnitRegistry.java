package org.xieshang.domain.committee;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.Versions;

/**
 * Use cases for a committee's registry of handling units (承办单位): registering, changing, deactivating a unit
 * that is merged away and reactivating one deactivated by mistake. Thread-safe if its ports are; transactions
 * belong to the caller.
 */
public final class HandlingUnitRegistry {

    private final Committees committees;
    private final HandlingUnits units;

    /**
     * @param committees committee storage, not null
     * @param units      handling unit storage, not null
     */
    public HandlingUnitRegistry(Committees committees, HandlingUnits units) {
        this.committees = Objects.requireNonNull(committees, "committees");
        this.units = Objects.requireNonNull(units, "units");
    }

    /**
     * @param committeeId   the committee, not null
     * @param name          name, unique within the committee among active and inactive units
     * @param kind          kind of body, not null
     * @param contactPerson the person to call there, or null
     * @param contactPhone  their phone number, or null
     * @return the stored, active unit, never null
     * @throws org.xieshang.domain.shared.NotFoundException if there is no such committee
     * @throws DuplicateException {@code handling-unit.name.duplicate}
     */
    public HandlingUnit register(CommitteeId committeeId, String name, HandlingUnitKind kind, String contactPerson, String contactPhone) {
        committees.require(committeeId);
        HandlingUnit created = HandlingUnit.register(HandlingUnitId.generate(), committeeId, name, kind, contactPerson, contactPhone);
        requireUniqueName(created);
        return units.save(created);
    }

    /**
     * @param id              the unit, not null
     * @param expectedVersion the version the caller read
     * @param name            new name, unique within the committee
     * @param kind            new kind, not null
     * @param contactPerson   new contact person, or null
     * @param contactPhone    new contact phone, or null
     * @return the stored unit, never null
     * @throws DuplicateException {@code handling-unit.name.duplicate}
     */
    public HandlingUnit revise(HandlingUnitId id, long expectedVersion, String name, HandlingUnitKind kind, String contactPerson,
                               String contactPhone) {
        return units.save(change(id, expectedVersion, u -> u.revise(name, kind, contactPerson, contactPhone)));
    }

    /**
     * @param id              an active unit, not null
     * @param expectedVersion the version the caller read
     * @return the stored unit, no longer taking assignments; never null
     */
    public HandlingUnit deactivate(HandlingUnitId id, long expectedVersion) {
        return units.save(change(id, expectedVersion, HandlingUnit::deactivate));
    }

    /**
     * @param id              an inactive unit, not null
     * @param expectedVersion the version the caller read
     * @return the stored unit, taking assignments again; never null
     */
    public HandlingUnit reactivate(HandlingUnitId id, long expectedVersion) {
        return units.save(change(id, expectedVersion, HandlingUnit::reactivate));
    }

    private HandlingUnit change(HandlingUnitId id, long expectedVersion, UnaryOperator<HandlingUnit> act) {
        HandlingUnit existing = units.require(id);
        Versions.check("handling-unit", id, existing.version(), expectedVersion);
        HandlingUnit changed = act.apply(existing);
        requireUniqueName(changed);
        return changed;
    }

    // The storage refuses a taken name too; checking first gives the same error without a failed write.
    private void requireUniqueName(HandlingUnit candidate) {
        if (units.ofCommittee(candidate.committeeId(), false).stream()
                .anyMatch(u -> u.name().equals(candidate.name()) && !u.id().equals(candidate.id()))) {
            throw new DuplicateException("handling-unit.name.duplicate", "name", candidate.name());
        }
    }
}
