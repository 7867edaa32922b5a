package org.xieshang.app.application;

import static org.xieshang.domain.security.Permission.ORGANISATION_MANAGE;
import static org.xieshang.domain.security.Permission.ORGANISATION_READ;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.AuditLog;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.security.Target;
import org.xieshang.domain.specialcommittee.SpecialCommittee;
import org.xieshang.domain.specialcommittee.SpecialCommitteeAdministration;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;
import org.xieshang.domain.specialcommittee.SpecialCommittees;

/** Special committees for the screens and the API: one transaction per call, checked and audited. */
@ApplicationScoped
@Transactional
public class SpecialCommitteeService {

    @Inject
    Committees committees;

    @Inject
    SpecialCommittees specialCommittees;

    @Inject
    SpecialCommitteeAdministration administration;

    @Inject
    AccessControl access;

    @Inject
    AuditLog audit;

    public List<SpecialCommittee> listOf(CommitteeId committeeId) {
        committees.require(committeeId);
        access.require(ORGANISATION_READ, Target.committee(committeeId));
        return specialCommittees.listOf(committeeId);
    }

    public SpecialCommittee get(SpecialCommitteeId id) {
        SpecialCommittee found = specialCommittees.require(id);
        access.require(ORGANISATION_READ, Target.committee(found.committeeId()));
        return found;
    }

    public SpecialCommittee establish(CommitteeId committeeId, String name, Optional<MemberId> directorId, boolean onePerson) {
        access.require(ORGANISATION_MANAGE, Target.committee(committeeId));
        SpecialCommittee established = administration.establish(committeeId, name, directorId, onePerson);
        audit.change(committeeId, "special-committee", established.id().toString(), null, AuditFields.of(established));
        return established;
    }

    public SpecialCommittee revise(SpecialCommitteeId id, long expectedVersion, String name, Optional<MemberId> directorId, boolean onePerson) {
        SpecialCommittee before = specialCommittees.require(id);
        access.require(ORGANISATION_MANAGE, Target.committee(before.committeeId()));
        SpecialCommittee after = administration.revise(id, expectedVersion, name, directorId, onePerson);
        audit.change(after.committeeId(), "special-committee", id.toString(), AuditFields.of(before), AuditFields.of(after));
        return after;
    }
}
