package org.xieshang.app.application.duty;

import static org.xieshang.domain.security.Permission.DUTY_FILE_MANAGE;
import static org.xieshang.domain.security.Permission.DUTY_FILE_READ;
import static org.xieshang.domain.security.Permission.DUTY_SELF_SERVICE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.xieshang.app.application.security.AccessControl;
import org.xieshang.app.application.security.AuditLog;
import org.xieshang.app.application.security.CurrentUser;
import org.xieshang.domain.activity.Activities;
import org.xieshang.domain.activity.ActivityAdministration;
import org.xieshang.domain.activity.ActivityDraft;
import org.xieshang.domain.activity.ActivityId;
import org.xieshang.domain.activity.ActivityQuery;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.security.Target;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;

/**
 * Meetings and activities for the screens and the API: scheduling, invitations, leave and attendance taking.
 * One transaction per call; every call checked, every change audited.
 */
@ApplicationScoped
@Transactional
public class ActivityService {

    @Inject
    Committees committees;

    @Inject
    Members members;

    @Inject
    Activities activities;

    @Inject
    ActivityAdministration administration;

    @Inject
    AccessControl access;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    DutyDirectories directories;

    public Page<DutyActivity> search(ActivityQuery query, PageRequest request) {
        committees.require(query.committeeId());
        access.require(DUTY_FILE_READ, Target.committee(query.committeeId()));
        return administration.search(query, request);
    }

    public DutyActivity get(ActivityId id) {
        DutyActivity activity = activities.require(id);
        access.require(DUTY_FILE_READ, Target.committee(activity.committeeId()));
        return activity;
    }

    /** @return the names of the activity's invitees (the term's members), for showing it; callers read the activity first */
    public DutyDirectory names(DutyActivity activity) {
        return directories.forTerm(activity.committeeId(), activity.details().termNumber());
    }

    /** @return the committee's activities with leave requests awaiting a decision, earliest first */
    public List<DutyActivity> pendingLeave(CommitteeId committeeId) {
        committees.require(committeeId);
        access.require(DUTY_FILE_READ, Target.committee(committeeId));
        return activities.withPendingLeave(committeeId);
    }

    /** @return the activities a member is invited to in a year, for the member's own page and the duty file */
    public List<DutyActivity> ofMember(MemberId memberId, int year) {
        Member member = members.require(memberId);
        access.require(DUTY_FILE_READ, Target.memberRecord(member.committeeId(), memberId));
        return activities.invitingMember(memberId, ActivityQuery.ofYear(member.committeeId(), year));
    }

    public DutyActivity schedule(CommitteeId committeeId, ActivityDraft draft) {
        access.require(DUTY_FILE_MANAGE, Target.committee(committeeId));
        DutyActivity scheduled = administration.schedule(committeeId, draft);
        audit.change(committeeId, "activity", scheduled.id().toString(), null, DutyAuditFields.of(scheduled));
        return scheduled;
    }

    public DutyActivity revise(ActivityId id, long expectedVersion, ActivityDraft draft) {
        DutyActivity before = manageable(id);
        return audited(before, administration.revise(id, expectedVersion, draft));
    }

    public DutyActivity invite(ActivityId id, long expectedVersion, Collection<MemberId> memberIds, boolean obligatory) {
        DutyActivity before = manageable(id);
        return audited(before, administration.invite(id, expectedVersion, memberIds, obligatory));
    }

    public DutyActivity recordAttendance(ActivityId id, long expectedVersion, Map<MemberId, Boolean> presence) {
        DutyActivity before = manageable(id);
        return audited(before, administration.recordAttendance(id, expectedVersion, presence));
    }

    /**
     * A member asks for leave for themself, or staff enter the request on the member's behalf.
     *
     * @param id       the activity, not null
     * @param memberId the member, not null
     * @param reason   the reason, not blank
     * @return the stored activity, never null
     */
    public DutyActivity requestLeave(ActivityId id, MemberId memberId, String reason) {
        DutyActivity before = activities.require(id);
        Member member = members.require(memberId);
        if (!access.allows(DUTY_FILE_MANAGE, Target.committee(before.committeeId()))) {
            access.require(DUTY_SELF_SERVICE, Target.memberRecord(member.committeeId(), memberId));
        }
        return audited(before, administration.requestLeave(id, memberId, reason, user.actor().username()));
    }

    public DutyActivity decideLeave(ActivityId id, long expectedVersion, MemberId memberId, boolean approve, String note) {
        DutyActivity before = manageable(id);
        return audited(before, administration.decideLeave(id, expectedVersion, memberId, approve, user.actor().username(), note));
    }

    private DutyActivity manageable(ActivityId id) {
        DutyActivity activity = activities.require(id);
        access.require(DUTY_FILE_MANAGE, Target.committee(activity.committeeId()));
        return activity;
    }

    private DutyActivity audited(DutyActivity before, DutyActivity after) {
        audit.change(after.committeeId(), "activity", after.id().toString(), DutyAuditFields.of(before), DutyAuditFields.of(after));
        return after;
    }
}
