package org.xieshang.app.application;

import static org.xieshang.domain.security.Permission.PROPOSAL_MANAGE;
import static org.xieshang.domain.security.Permission.PROPOSAL_READ;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.AuditLog;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.committee.HandlingUnitKind;
import org.xieshang.domain.committee.HandlingUnitRegistry;
import org.xieshang.domain.committee.HandlingUnits;
import org.xieshang.domain.security.Target;

/**
 * The registry of handling units (承办单位) for the screens and the API: one transaction per call, checked and
 * audited. The proposal office keeps it ({@code PROPOSAL_MANAGE}); the list is for whoever reads all of the
 * committee's proposals, and a unit's own account may read its own record ({@code PROPOSAL_READ} on the unit).
 */
@ApplicationScoped
@Transactional
public class HandlingUnitService {

    private static final String KIND = "handling-unit";

    @Inject
    Committees committees;

    @Inject
    HandlingUnits units;

    @Inject
    HandlingUnitRegistry registry;

    @Inject
    AccessControl access;

    @Inject
    AuditLog audit;

    /**
     * @param committeeId the committee, not null
     * @param active      true for the active units, false for the deactivated ones, empty for all
     * @return the units by name in pinyin order, never null
     */
    public List<HandlingUnit> listOf(CommitteeId committeeId, Optional<Boolean> active) {
        committees.require(committeeId);
        access.require(PROPOSAL_READ, Target.committee(committeeId));
        if (active.isPresent() && !active.get()) {
            return units.ofCommittee(committeeId, false).stream().filter(u -> !u.active()).toList();
        }
        return units.ofCommittee(committeeId, active.orElse(false));
    }

    public HandlingUnit get(HandlingUnitId id) {
        HandlingUnit found = units.require(id);
        access.require(PROPOSAL_READ, target(found));
        return found;
    }

    public HandlingUnit register(CommitteeId committeeId, String name, HandlingUnitKind kind, String contactPerson, String contactPhone) {
        access.require(PROPOSAL_MANAGE, Target.committee(committeeId));
        HandlingUnit registered = registry.register(committeeId, name, kind, contactPerson, contactPhone);
        audit.change(committeeId, KIND, registered.id().toString(), null, AuditFields.of(registered));
        return registered;
    }

    public HandlingUnit revise(HandlingUnitId id, long expectedVersion, String name, HandlingUnitKind kind, String contactPerson,
                               String contactPhone) {
        HandlingUnit before = managed(id);
        return audited(before, registry.revise(id, expectedVersion, name, kind, contactPerson, contactPhone));
    }

    public HandlingUnit deactivate(HandlingUnitId id, long expectedVersion) {
        HandlingUnit before = managed(id);
        return audited(before, registry.deactivate(id, expectedVersion));
    }

    public HandlingUnit reactivate(HandlingUnitId id, long expectedVersion) {
        HandlingUnit before = managed(id);
        return audited(before, registry.reactivate(id, expectedVersion));
    }

    private HandlingUnit managed(HandlingUnitId id) {
        HandlingUnit unit = units.require(id);
        access.require(PROPOSAL_MANAGE, target(unit));
        return unit;
    }

    private HandlingUnit audited(HandlingUnit before, HandlingUnit after) {
        audit.change(after.committeeId(), KIND, after.id().toString(), AuditFields.of(before), AuditFields.of(after));
        return after;
    }

    /** The same target the REST filter checks: the committee, and the unit for a grant limited to one's own unit. */
    private static Target target(HandlingUnit unit) {
        return Target.assignedTo(unit.committeeId(), unit.id());
    }
}
