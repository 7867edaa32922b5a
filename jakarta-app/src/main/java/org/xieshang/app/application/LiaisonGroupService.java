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
import org.xieshang.domain.liaison.LiaisonGroup;
import org.xieshang.domain.liaison.LiaisonGroupAdministration;
import org.xieshang.domain.liaison.LiaisonGroupId;
import org.xieshang.domain.liaison.LiaisonGroups;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.security.Target;

/** Member liaison groups for the screens and the API: one transaction per call, checked and audited. */
@ApplicationScoped
@Transactional
public class LiaisonGroupService {

    @Inject
    Committees committees;

    @Inject
    LiaisonGroups groups;

    @Inject
    LiaisonGroupAdministration administration;

    @Inject
    AccessControl access;

    @Inject
    AuditLog audit;

    public List<LiaisonGroup> listOf(CommitteeId committeeId) {
        committees.require(committeeId);
        access.require(ORGANISATION_READ, Target.committee(committeeId));
        return groups.listOf(committeeId);
    }

    public LiaisonGroup get(LiaisonGroupId id) {
        LiaisonGroup group = groups.require(id);
        access.require(ORGANISATION_READ, Target.committee(group.committeeId()));
        return group;
    }

    public LiaisonGroup form(CommitteeId committeeId, String name, String area) {
        access.require(ORGANISATION_MANAGE, Target.committee(committeeId));
        LiaisonGroup formed = administration.form(committeeId, name, area);
        audit.change(committeeId, "liaison-group", formed.id().toString(), null, AuditFields.of(formed));
        return formed;
    }

    public LiaisonGroup revise(LiaisonGroupId id, long expectedVersion, String name, String area, Optional<MemberId> leaderId) {
        LiaisonGroup before = managed(id);
        LiaisonGroup renamed = administration.rename(id, expectedVersion, name, area);
        return audited(before, administration.appointLeader(id, renamed.version(), leaderId));
    }

    public LiaisonGroup admit(LiaisonGroupId id, long expectedVersion, MemberId memberId) {
        LiaisonGroup before = managed(id);
        return audited(before, administration.admit(id, expectedVersion, memberId));
    }

    public LiaisonGroup release(LiaisonGroupId id, long expectedVersion, MemberId memberId) {
        LiaisonGroup before = managed(id);
        return audited(before, administration.release(id, expectedVersion, memberId));
    }

    private LiaisonGroup managed(LiaisonGroupId id) {
        LiaisonGroup group = groups.require(id);
        access.require(ORGANISATION_MANAGE, Target.committee(group.committeeId()));
        return group;
    }

    private LiaisonGroup audited(LiaisonGroup before, LiaisonGroup after) {
        audit.change(after.committeeId(), "liaison-group", after.id().toString(), AuditFields.of(before), AuditFields.of(after));
        return after;
    }
}
