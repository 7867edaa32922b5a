package org.xieshang.app.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.specialcommittee.SpecialCommittee;
import org.xieshang.domain.specialcommittee.SpecialCommitteeAdministration;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;
import org.xieshang.domain.specialcommittee.SpecialCommittees;

/** Special committees for the screens and the API: one transaction per call. */
@ApplicationScoped
@Transactional
public class SpecialCommitteeService {

    @Inject
    Committees committees;

    @Inject
    SpecialCommittees specialCommittees;

    @Inject
    SpecialCommitteeAdministration administration;

    public List<SpecialCommittee> listOf(CommitteeId committeeId) {
        committees.require(committeeId);
        return specialCommittees.listOf(committeeId);
    }

    public SpecialCommittee get(SpecialCommitteeId id) {
        return specialCommittees.require(id);
    }

    public SpecialCommittee establish(CommitteeId committeeId, String name, Optional<MemberId> directorId, boolean onePerson) {
        return administration.establish(committeeId, name, directorId, onePerson);
    }

    public SpecialCommittee revise(SpecialCommitteeId id, long expectedVersion, String name, Optional<MemberId> directorId, boolean onePerson) {
        return administration.revise(id, expectedVersion, name, directorId, onePerson);
    }
}
