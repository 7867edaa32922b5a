package org.xieshang.domain.liaison;

import java.util.List;
import java.util.Optional;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;

/** Storage port for member liaison groups. Implementations must pass {@code LiaisonGroupsContract}. */
public interface LiaisonGroups {

    /**
     * @param id the identifier, not null
     * @return the group, if stored
     */
    Optional<LiaisonGroup> find(LiaisonGroupId id);

    /**
     * @param group a new (version 0) or changed group, not null
     * @return the stored group with its new version, never null
     * @throws org.xieshang.domain.shared.ConcurrentUpdateException if the stored version differs
     */
    LiaisonGroup save(LiaisonGroup group);

    /**
     * @param committeeId the committee, not null
     * @return its groups by name in pinyin order, never null
     */
    List<LiaisonGroup> listOf(CommitteeId committeeId);

    /**
     * @param memberId a member, not null
     * @return the group the member belongs to, if any
     */
    Optional<LiaisonGroup> findByMember(MemberId memberId);

    /**
     * @param id the identifier, not null
     * @return the stored liaison group, never null
     * @throws NotFoundException if it is not stored
     */
    default LiaisonGroup require(LiaisonGroupId id) {
        return find(id).orElseThrow(() -> new NotFoundException("liaison-group", null, id));
    }
}
