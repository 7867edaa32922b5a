package org.xieshang.app.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.workstation.PlaceKind;
import org.xieshang.domain.workstation.Posting;
import org.xieshang.domain.workstation.Workstation;
import org.xieshang.domain.workstation.WorkstationAdministration;
import org.xieshang.domain.workstation.WorkstationId;
import org.xieshang.domain.workstation.Workstations;

/** Member workstations for the screens and the API: one transaction per call. */
@ApplicationScoped
@Transactional
public class WorkstationService {

    @Inject
    Committees committees;

    @Inject
    Workstations workstations;

    @Inject
    WorkstationAdministration administration;

    public List<Workstation> listOf(CommitteeId committeeId) {
        committees.require(committeeId);
        return workstations.listOf(committeeId);
    }

    public Workstation get(WorkstationId id) {
        return workstations.require(id);
    }

    public Workstation open(CommitteeId committeeId, String name, String place, PlaceKind placeKind, String headName, String headPost) {
        return administration.open(committeeId, name, place, placeKind, headName, headPost);
    }

    public Workstation revise(WorkstationId id, long expectedVersion, String name, String place, PlaceKind placeKind, String headName,
                              String headPost) {
        return administration.revise(id, expectedVersion, name, place, placeKind, headName, headPost);
    }

    public Workstation post(WorkstationId id, long expectedVersion, Posting posting) {
        return administration.post(id, expectedVersion, posting);
    }

    public Workstation withdraw(WorkstationId id, long expectedVersion, MemberId memberId) {
        return administration.withdraw(id, expectedVersion, memberId);
    }
}
