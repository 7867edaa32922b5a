package org.xieshang.domain.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.duty.DutyEventDraft;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.SourceRef;
import org.xieshang.domain.duty.SourceType;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.Guard;

/**
 * A meeting or duty activity (履职活动) of a committee with its invitations, leave requests and attendance.
 * Aggregate root; immutable and thread-safe: every change returns a new instance with the same version.
 *
 * <p>Invariants: a member is invited at most once; leave is asked before the activity starts; attendance is
 * taken from the start on, only for invited members; an absence is excused exactly when leave was approved.
 */
public final class DutyActivity {

    private final ActivityId id;
    private final CommitteeId committeeId;
    private final ActivityDraft details;
    private final List<Invitation> invitations;
    private final long version;

    private DutyActivity(ActivityId id, CommitteeId committeeId, ActivityDraft details, Collection<Invitation> invitations, long version) {
        this.id = Guard.required(id, "id");
        this.committeeId = Guard.required(committeeId, "committeeId");
        this.details = Guard.required(details, "details");
        this.invitations = List.copyOf(Guard.required(invitations, "invitations"));
        Set<MemberId> seen = new HashSet<>();
        this.invitations.forEach(i -> Guard.check(seen.add(i.memberId()), "activity.invitation.duplicate", "memberId", i.memberId()));
        Guard.check(version >= 0, "version.negative", "version");
        this.version = version;
    }

    /**
     * @param id          identifier, not null
     * @param committeeId the organising committee, not null
     * @param details     what, when, for whom; not null
     * @return a new activity without invitations, at version 0
     */
    public static DutyActivity schedule(ActivityId id, CommitteeId committeeId, ActivityDraft details) {
        return new DutyActivity(id, committeeId, details, List.of(), 0);
    }

    /**
     * Rebuilds a stored activity, checking the invariants again. For storage adapters.
     *
     * @param id          identifier, not null
     * @param committeeId committee, not null
     * @param details     details, not null
     * @param invitations invitations, not null
     * @param version     stored version
     * @return the activity, never null
     */
    public static DutyActivity restore(ActivityId id, CommitteeId committeeId, ActivityDraft details, List<Invitation> invitations,
                                       long version) {
        return new DutyActivity(id, committeeId, details, invitations, version);
    }

    /**
     * @param revised the new details, same term; not null
     * @return this activity with the new details, never null
     * @throws DomainException {@code activity.attendance.recorded} once attendance has been taken
     */
    public DutyActivity revise(ActivityDraft revised) {
        Guard.required(revised, "details");
        Guard.check(!attendanceTaken(), "activity.attendance.recorded", "startsAt");
        Guard.check(revised.termNumber() == details.termNumber(), "activity.term.unchanged", "termNumber");
        return new DutyActivity(id, committeeId, revised, invitations, version);
    }

    /**
     * Invites members; members already invited keep their invitation.
     *
     * @param memberIds  the members, not null
     * @param obligatory whether they must attend
     * @return this activity with the invitations, never null
     */
    public DutyActivity invite(Collection<MemberId> memberIds, boolean obligatory) {
        Map<MemberId, Invitation> next = byMember();
        for (MemberId memberId : Guard.required(memberIds, "memberIds")) {
            next.putIfAbsent(memberId, Invitation.of(memberId, obligatory));
        }
        return new DutyActivity(id, committeeId, details, next.values(), version);
    }

    /**
     * @param memberId    the member, invited; not null
     * @param reason      the reason, not blank
     * @param requestedBy who enters it, not blank
     * @param now         the committee's local time now, not null
     * @param at          the instant now, not null
     * @return this activity with the request, never null
     * @throws DomainException {@code activity.not-invited}, {@code leave.too-late} once the activity has started,
     *                         {@code leave.already-requested} while a request is open or approved
     */
    public DutyActivity requestLeave(MemberId memberId, String reason, String requestedBy, LocalDateTime now, Instant at) {
        Invitation invitation = requireInvitation(memberId);
        Guard.check(now.isBefore(details.startsAt()), "leave.too-late", "reason", details.startsAt());
        Guard.check(invitation.leave().map(l -> l.status() == LeaveStatus.REFUSED).orElse(true), "leave.already-requested", "reason");
        return replace(invitation.withLeave(LeaveRequest.ask(reason, at, requestedBy)));
    }

    /**
     * Approves or refuses a leave request. Deciding after attendance was taken corrects the absence.
     *
     * @param memberId  the member, not null
     * @param approve   whether to approve
     * @param decidedBy who decides, not blank
     * @param note      a note, required to refuse; may be null
     * @param at        when, not null
     * @return this activity with the decision, never null
     * @throws DomainException {@code leave.none} without a request, {@code leave.already-decided}
     */
    public DutyActivity decideLeave(MemberId memberId, boolean approve, String decidedBy, String note, Instant at) {
        Invitation invitation = requireInvitation(memberId);
        LeaveRequest request = invitation.leave().orElseThrow(() -> new DomainException("leave.none", "memberId"));
        return replace(invitation.withLeave(request.decide(approve, decidedBy, at, note)));
    }

    /**
     * Takes attendance for some or all invited members in one go: present, or absent (excused when leave was
     * approved, unexcused otherwise). Members not named keep what was recorded before.
     *
     * @param presence each member's presence, not null
     * @param now      the committee's local time now, not null
     * @return this activity with the attendance, never null
     * @throws DomainException {@code attendance.before-start}, {@code activity.not-invited} naming the first member
     *                         not invited
     */
    public DutyActivity recordAttendance(Map<MemberId, Boolean> presence, LocalDateTime now) {
        Guard.check(!now.isBefore(details.startsAt()), "attendance.before-start", "attendance", details.startsAt());
        Map<MemberId, Invitation> next = byMember();
        presence.forEach((memberId, present) -> {
            Invitation invitation = next.get(memberId);
            if (invitation == null) {
                throw new DomainException("activity.not-invited", "attendance", memberId);
            }
            next.put(memberId, invitation.marked(Guard.required(present, "present")));
        });
        return new DutyActivity(id, committeeId, details, next.values(), version);
    }

    /**
     * @param memberId a member, not null
     * @return the member's invitation, if invited
     */
    public Optional<Invitation> invitation(MemberId memberId) {
        return invitations.stream().filter(i -> i.memberId().equals(memberId)).findFirst();
    }

    /**
     * What the member's invitation puts in their duty file: attending credits the activity's kind; an obligatory
     * absence is recorded as excused or not; an optional absence or attendance not yet taken records nothing.
     *
     * @param memberId an invited member, not null
     * @return the duty event, if the invitation makes one
     */
    public Optional<DutyEventDraft> dutyEvent(MemberId memberId) {
        Invitation invitation = requireInvitation(memberId);
        DutyEventKind kind = switch (invitation.attendance()) {
            case PRESENT -> kind().attendanceEvent();
            case EXCUSED -> invitation.obligatory() ? DutyEventKind.ABSENT_EXCUSED : null;
            case UNEXCUSED -> invitation.obligatory() ? DutyEventKind.ABSENT_UNEXCUSED : null;
            case NOT_RECORDED -> null;
        };
        return Optional.ofNullable(kind).map(k -> new DutyEventDraft(committeeId, memberId, k, day(), source(), details.title()));
    }

    /** @return the reference duty events of this activity carry, never null */
    public SourceRef source() {
        return SourceRef.of(SourceType.ACTIVITY, id);
    }

    /** @return whether attendance has been taken for anyone */
    public boolean attendanceTaken() {
        return invitations.stream().anyMatch(i -> i.attendance() != Attendance.NOT_RECORDED);
    }

    private Invitation requireInvitation(MemberId memberId) {
        return invitation(Guard.required(memberId, "memberId")).orElseThrow(() -> new DomainException("activity.not-invited", "memberId", memberId));
    }

    private DutyActivity replace(Invitation changed) {
        Map<MemberId, Invitation> next = byMember();
        next.put(changed.memberId(), changed);
        return new DutyActivity(id, committeeId, details, next.values(), version);
    }

    private Map<MemberId, Invitation> byMember() {
        Map<MemberId, Invitation> map = new LinkedHashMap<>();
        invitations.forEach(i -> map.put(i.memberId(), i));
        return map;
    }

    /** @return the identifier, never null */
    public ActivityId id() {
        return id;
    }

    /** @return the organising committee, never null */
    public CommitteeId committeeId() {
        return committeeId;
    }

    /** @return what, when and for whom, never null */
    public ActivityDraft details() {
        return details;
    }

    /** @return the kind, never null */
    public ActivityKind kind() {
        return details.kind();
    }

    /** @return the day it starts, never null */
    public LocalDate day() {
        return details.startsAt().toLocalDate();
    }

    /** @return the invitations in the order they were made, never null */
    public List<Invitation> invitations() {
        return invitations;
    }

    /** @return the stored version this instance derives from; 0 if never stored */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DutyActivity other && id.equals(other.id) && version == other.version && committeeId.equals(other.committeeId)
                && details.equals(other.details) && invitations.equals(other.invitations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "DutyActivity[" + details.title() + ", " + details.startsAt() + ", v" + version + "]";
    }

    /** @return the members with a leave request awaiting a decision, never null */
    public List<Invitation> pendingLeave() {
        List<Invitation> pending = new ArrayList<>();
        invitations.forEach(i -> i.leave().filter(l -> l.status() == LeaveStatus.REQUESTED).ifPresent(l -> pending.add(i)));
        return pending;
    }
}
