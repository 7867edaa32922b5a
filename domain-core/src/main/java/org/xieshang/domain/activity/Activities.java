package org.xieshang.domain.activity;

import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.NotFoundException;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/** Storage port for meetings and activities. Implementations must pass {@code DutyContract} from the test kit. */
public interface Activities {

    /**
     * @param id the identifier, not null
     * @return the activity, if stored
     */
    Optional<DutyActivity> find(ActivityId id);

    /**
     * @param activity the activity as read and changed (version 0 if new), not null
     * @return the stored activity with its new version, never null
     * @throws org.xieshang.domain.shared.ConcurrentUpdateException if the stored version differs
     */
    DutyActivity save(DutyActivity activity);

    /**
     * @param query   which activities, not null
     * @param request which page, not null
     * @return the page, latest first, never null
     */
    Page<DutyActivity> search(ActivityQuery query, PageRequest request);

    /**
     * @param query which activities, not null
     * @return all of them, earliest first, for evaluations and statistics; never null
     */
    List<DutyActivity> list(ActivityQuery query);

    /**
     * @param committeeId the committee, not null
     * @return activities with a leave request awaiting a decision, earliest first; never null
     */
    List<DutyActivity> withPendingLeave(CommitteeId committeeId);

    /**
     * @param memberId the member, not null
     * @param query    which activities, not null
     * @return the activities the member is invited to, earliest first; never null
     */
    List<DutyActivity> invitingMember(MemberId memberId, ActivityQuery query);

    /**
     * @param id the identifier, not null
     * @return the activity, never null
     * @throws NotFoundException if it is not stored
     */
    default DutyActivity require(ActivityId id) {
        return find(id).orElseThrow(() -> new NotFoundException("activity", null, id));
    }
}
