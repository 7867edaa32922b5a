package org.xieshang.app.application;

import static org.xieshang.domain.security.Permission.ORGANISATION_MANAGE;
import static org.xieshang.domain.security.Permission.ORGANISATION_READ;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.AuditLog;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.security.Target;
import org.xieshang.domain.workstation.PlaceKind;
import org.xieshang.domain.workstation.Posting;
import org.xieshang.domain.workstation.Workstation;
import org.xieshang.domain.workstation.WorkstationAdministration;
import org.xieshang.domain.workstation.WorkstationId;
import org.xieshang.domain.workstation.Workstations;

/** Member workstations for the screens and the API: one transaction per call, checked and audited. */
@ApplicationScoped
@Transactional
public class WorkstationService {

    @Inject
    Committees committees;

    @Inject
    Workstations workstations;

    @Inject
    WorkstationAdministration administration;

    @Inject
    AccessControl access;

    @Inject
    AuditLog audit;

    public List<Workstation> listOf(CommitteeId committeeId) {
        committees.require(committeeId);
        access.require(ORGANISATION_READ, Target.committee(committeeId));
        return workstations.listOf(committeeId);
    }

    public Workstation get(WorkstationId id) {
        Workstation workstation = workstations.require(id);
        access.require(ORGANISATION_READ, Target.committee(workstation.committeeId()));
        return workstation;
    }

    public Workstation open(CommitteeId committeeId, String name, String place, PlaceKind placeKind, String headName, String headPost) {
        access.require(ORGANISATION_MANAGE, Target.committee(committeeId));
        Workstation opened = administration.open(committeeId, name, place, placeKind, headName, headPost);
        audit.change(committeeId, "workstation", opened.id().toString(), null, AuditFields.of(opened));
        return opened;
    }

    public Workstation revise(WorkstationId id, long expectedVersion, String name, String place, PlaceKind placeKind, String headName,
                              String headPost) {
        Workstation before = managed(id);
        return audited(before, administration.revise(id, expectedVersion, name, place, placeKind, headName, headPost));
    }

    public Workstation post(WorkstationId id, long expectedVersion, Posting posting) {
        Workstation before = managed(id);
        return audited(before, administration.post(id, expectedVersion, posting));
    }

    public Workstation withdraw(WorkstationId id, long expectedVersion, MemberId memberId) {
        Workstation before = managed(id);
        return audited(before, administration.withdraw(id, expectedVersion, memberId));
    }

    private Workstation managed(WorkstationId id) {
        Workstation workstation = workstations.require(id);
        access.require(ORGANISATION_MANAGE, Target.committee(workstation.committeeId()));
        return workstation;
    }

    private Workstation audited(Workstation before, Workstation after) {
        audit.change(after.committeeId(), "workstation", after.id().toString(), AuditFields.of(before), AuditFields.of(after));
        return after;
    }
}
