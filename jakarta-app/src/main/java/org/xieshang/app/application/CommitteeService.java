package org.xieshang.app.application;

import static org.xieshang.domain.security.Permission.COMMITTEE_MANAGE;
import static org.xieshang.domain.security.Permission.COMMITTEE_READ;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.AuditLog;
import org.xieshang.app.application.security.CurrentUser;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeAdministration;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.CommitteeLevel;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.security.Permission;
import org.xieshang.domain.security.Target;

/**
 * Committees, terms and plenary sessions for the screens and the API: one transaction per call, every call
 * checked against the current user's permissions and every change audited.
 */
@ApplicationScoped
@Transactional
public class CommitteeService {

    @Inject
    Committees committees;

    @Inject
    CommitteeAdministration administration;

    @Inject
    Clock clock;

    @Inject
    AccessControl access;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    /** @return today in the committees' time zone, the default day of a decision */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** @return the committees the current user may see: their own and, for a city's users, its counties */
    public List<Committee> all() {
        return committees.all().stream().filter(c -> access.allows(COMMITTEE_READ, Target.committee(c.id()))).toList();
    }

    public Committee get(CommitteeId id) {
        Committee committee = committees.require(id);
        access.require(COMMITTEE_READ, Target.committee(id));
        return committee;
    }

    public Committee establish(String name, CommitteeLevel level, Optional<CommitteeId> parentId, String region) {
        access.require(COMMITTEE_MANAGE, Target.committee(parentId.orElse(user.subject().committeeId())));
        Committee established = administration.establish(name, level, parentId, region);
        audit.change(established.id(), "committee", established.id().toString(), null, AuditFields.of(established));
        return established;
    }

    public Committee rename(CommitteeId id, long expectedVersion, String name, String region) {
        Committee before = get(id, COMMITTEE_MANAGE);
        return audited(before, administration.rename(id, expectedVersion, name, region));
    }

    public Committee openTerm(CommitteeId id, long expectedVersion, int number, LocalDate start, LocalDate end) {
        Committee before = get(id, COMMITTEE_MANAGE);
        return audited(before, administration.openTerm(id, expectedVersion, number, start, end));
    }

    public Committee rescheduleTerm(CommitteeId id, long expectedVersion, int number, LocalDate start, LocalDate end) {
        Committee before = get(id, COMMITTEE_MANAGE);
        return audited(before, administration.rescheduleTerm(id, expectedVersion, number, start, end));
    }

    public Committee schedulePlenarySession(CommitteeId id, long expectedVersion, int termNumber, LocalDate start, LocalDate end) {
        Committee before = get(id, COMMITTEE_MANAGE);
        return audited(before, administration.schedulePlenarySession(id, expectedVersion, termNumber, start, end));
    }

    private Committee get(CommitteeId id, Permission permission) {
        Committee committee = committees.require(id);
        access.require(permission, Target.committee(id));
        return committee;
    }

    private Committee audited(Committee before, Committee after) {
        audit.change(after.id(), "committee", after.id().toString(), AuditFields.of(before), AuditFields.of(after));
        return after;
    }
}
