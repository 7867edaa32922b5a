package org.xieshang.app.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.liaison.LiaisonGroup;
import org.xieshang.domain.liaison.LiaisonGroupAdministration;
import org.xieshang.domain.liaison.LiaisonGroupId;
import org.xieshang.domain.liaison.LiaisonGroups;
import org.xieshang.domain.member.MemberId;

/** Member liaison groups for the screens and the API: one transaction per call. */
@ApplicationScoped
@Transactional
public class LiaisonGroupService {

    @Inject
    Committees committees;

    @Inject
    LiaisonGroups groups;

    @Inject
    LiaisonGroupAdministration administration;

    public List<LiaisonGroup> listOf(CommitteeId committeeId) {
        committees.require(committeeId);
        return groups.listOf(committeeId);
    }

    public LiaisonGroup get(LiaisonGroupId id) {
        return groups.require(id);
    }

    public LiaisonGroup form(CommitteeId committeeId, String name, String area) {
        return administration.form(committeeId, name, area);
    }

    public LiaisonGroup revise(LiaisonGroupId id, long expectedVersion, String name, String area, Optional<MemberId> leaderId) {
        LiaisonGroup renamed = administration.rename(id, expectedVersion, name, area);
        return administration.appointLeader(id, renamed.version(), leaderId);
    }

    public LiaisonGroup admit(LiaisonGroupId id, long expectedVersion, MemberId memberId) {
        return administration.admit(id, expectedVersion, memberId);
    }

    public LiaisonGroup release(LiaisonGroupId id, long expectedVersion, MemberId memberId) {
        return administration.release(id, expectedVersion, memberId);
    }
}
