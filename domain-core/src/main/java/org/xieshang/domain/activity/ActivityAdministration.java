package org.xieshang.domain.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Committees;
import org.xieshang.domain.duty.DutyEventPublisher;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.MemberQuery;
import org.xieshang.domain.member.Members;
import org.xieshang.domain.member.TermMembership;
import org.xieshang.domain.sector.Sectors;
import org.xieshang.domain.shared.Guard;
import org.xieshang.domain.shared.Page;
import org.xieshang.domain.shared.PageRequest;
import org.xieshang.domain.shared.Versions;
import org.xieshang.domain.specialcommittee.SpecialCommittees;

/**
 * Use cases of meetings and activities: scheduling with the default invitations, leave requests and their
 * approval, and attendance taking, which credits or charges each member's duty file through the
 * {@link DutyEventPublisher}. Thread-safe if its ports are; transactions belong to the caller.
 */
public final class ActivityAdministration {

    private final Committees committees;
    private final Sectors sectors;
    private final SpecialCommittees specialCommittees;
    private final Members members;
    private final Activities activities;
    private final DutyEventPublisher dutyEvents;
    private final Clock clock;

    /**
     * @param committees        committee storage, not null
     * @param sectors           sector storage, not null
     * @param specialCommittees special committee storage, not null
     * @param members           member storage, not null
     * @param activities        activity storage, not null
     * @param dutyEvents        where attendance goes into the duty files, not null
     * @param clock             the clock, in the committee's time zone; not null
     */
    public ActivityAdministration(Committees committees, Sectors sectors, SpecialCommittees specialCommittees, Members members,
                                  Activities activities, DutyEventPublisher dutyEvents, Clock clock) {
        this.committees = Objects.requireNonNull(committees, "committees");
        this.sectors = Objects.requireNonNull(sectors, "sectors");
        this.specialCommittees = Objects.requireNonNull(specialCommittees, "specialCommittees");
        this.members = Objects.requireNonNull(members, "members");
        this.activities = Objects.requireNonNull(activities, "activities");
        this.dutyEvents = Objects.requireNonNull(dutyEvents, "dutyEvents");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Schedules an activity and invites its audience: all members, the standing members or a sector's members
     * whose membership runs on the day; members named one by one are invited with {@link #invite}.
     *
     * @param committeeId the committee, not null
     * @param draft       the details, not null
     * @return the stored activity with its invitations, never null
     * @throws org.xieshang.domain.shared.DomainException {@code activity.outside-term} if it does not fall in the term
     */
    public DutyActivity schedule(CommitteeId committeeId, ActivityDraft draft) {
        Committee committee = committees.require(committeeId);
        checkDraft(committee, Guard.required(draft, "details"));
        DutyActivity activity = DutyActivity.schedule(ActivityId.generate(), committeeId, draft);
        return activities.save(activity.invite(audience(committeeId, draft), draft.audience().obligatory()));
    }

    /**
     * @param id              the activity, not null
     * @param expectedVersion the version the caller read
     * @param draft           the new details, not null
     * @return the stored activity, never null
     */
    public DutyActivity revise(ActivityId id, long expectedVersion, ActivityDraft draft) {
        DutyActivity activity = current(id, expectedVersion);
        checkDraft(committees.require(activity.committeeId()), Guard.required(draft, "details"));
        return activities.save(activity.revise(draft));
    }

    /**
     * @param id              the activity, not null
     * @param expectedVersion the version the caller read
     * @param memberIds       members of the committee, not null
     * @param obligatory      whether they must attend
     * @return the stored activity, never null
     * @throws org.xieshang.domain.shared.NotFoundException if a member is not the committee's
     */
    public DutyActivity invite(ActivityId id, long expectedVersion, Collection<MemberId> memberIds, boolean obligatory) {
        DutyActivity activity = current(id, expectedVersion);
        Guard.required(memberIds, "memberIds").forEach(m -> members.requireMemberOf(activity.committeeId(), m, "memberIds"));
        return activities.save(activity.invite(memberIds, obligatory));
    }

    /**
     * A member (or staff on their behalf) asks to be excused, before the activity starts.
     *
     * @param id          the activity, not null
     * @param memberId    the member, not null
     * @param reason      the reason, not blank
     * @param requestedBy who enters it, not blank
     * @return the stored activity, never null
     */
    public DutyActivity requestLeave(ActivityId id, MemberId memberId, String reason, String requestedBy) {
        DutyActivity activity = activities.require(id);
        return activities.save(activity.requestLeave(memberId, reason, requestedBy, LocalDateTime.now(clock), clock.instant()));
    }

    /**
     * Staff approve or refuse a leave request; after attendance was taken the absence and the duty file follow.
     *
     * @param id              the activity, not null
     * @param expectedVersion the version the caller read
     * @param memberId        the member, not null
     * @param approve         whether to approve
     * @param decidedBy       who decides, not blank
     * @param note            a note, required to refuse
     * @return the stored activity, never null
     */
    public DutyActivity decideLeave(ActivityId id, long expectedVersion, MemberId memberId, boolean approve, String decidedBy, String note) {
        DutyActivity changed = current(id, expectedVersion).decideLeave(memberId, approve, decidedBy, note, clock.instant());
        DutyActivity saved = activities.save(changed);
        publish(saved, List.of(memberId));
        return saved;
    }

    /**
     * Takes attendance for a whole meeting in one call and puts it into the duty files.
     *
     * @param id              the activity, not null
     * @param expectedVersion the version the caller read
     * @param presence        each member's presence, not null
     * @return the stored activity, never null
     */
    public DutyActivity recordAttendance(ActivityId id, long expectedVersion, Map<MemberId, Boolean> presence) {
        Guard.required(presence, "attendance");
        DutyActivity saved = activities.save(current(id, expectedVersion).recordAttendance(presence, LocalDateTime.now(clock)));
        publish(saved, presence.keySet());
        return saved;
    }

    /**
     * @param query   which activities, not null
     * @param request which page, not null
     * @return the page, latest first, never null
     */
    public Page<DutyActivity> search(ActivityQuery query, PageRequest request) {
        return activities.search(Guard.required(query, "query"), Guard.required(request, "page"));
    }

    private DutyActivity current(ActivityId id, long expectedVersion) {
        DutyActivity activity = activities.require(Guard.required(id, "id"));
        Versions.check("activity", id, activity.version(), expectedVersion);
        return activity;
    }

    private void checkDraft(Committee committee, ActivityDraft draft) {
        var term = committee.requireTerm(draft.termNumber());
        Guard.check(term.covers(draft.startsAt().toLocalDate()), "activity.outside-term", "startsAt", term.displayName());
        draft.audience().sectorId().ifPresent(s -> sectors.requireSectorOf(committee.id(), s, "sectorId"));
        draft.audience().specialCommitteeId().ifPresent(s -> specialCommittees.requireOf(committee.id(), s, "specialCommitteeId"));
        draft.organiserSpecialCommittee().ifPresent(s -> specialCommittees.requireOf(committee.id(), s, "organiserSpecialCommittee"));
    }

    private List<MemberId> audience(CommitteeId committeeId, ActivityDraft draft) {
        Audience audience = draft.audience();
        MemberQuery query = switch (audience.kind()) {
            case ALL_MEMBERS -> MemberQuery.of(committeeId);
            case STANDING_MEMBERS -> MemberQuery.of(committeeId).withStanding(true);
            case SECTOR -> MemberQuery.of(committeeId).withSector(audience.sectorId().orElseThrow());
            case SPECIAL_COMMITTEE, INVITED -> null;
        };
        if (query == null) {
            return List.of();
        }
        query = query.withTerm(draft.termNumber()).withCurrent(true);
        LocalDate day = draft.startsAt().toLocalDate();
        boolean standingOnly = audience.kind() == AudienceKind.STANDING_MEMBERS;
        List<MemberId> invited = new ArrayList<>();
        Page<Member> page;
        int number = 0;
        do {
            page = members.search(query, PageRequest.of(number++, PageRequest.MAX_SIZE));
            for (Member member : page.items()) {
                TermMembership membership = member.membership(draft.termNumber()).orElseThrow();
                if (membership.covers(day) && (!standingOnly || membership.wasStandingOn(day))) {
                    invited.add(member.id());
                }
            }
        } while (page.hasNext());
        return invited;
    }

    private void publish(DutyActivity activity, Collection<MemberId> memberIds) {
        for (MemberId memberId : memberIds) {
            dutyEvents.replace(memberId, activity.source(), activity.dutyEvent(memberId).stream().toList());
        }
    }
}
