package org.xieshang.app.infrastructure.jpa;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.activity.ActivityDraft;
import org.xieshang.domain.activity.ActivityId;
import org.xieshang.domain.activity.Audience;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.activity.Invitation;
import org.xieshang.domain.activity.LeaveRequest;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;

/** Maps activities, with their invitations, leave and attendance, to and from {@link ActivityEntity}. */
final class ActivityMapper implements Mapping<ActivityEntity, DutyActivity> {

    @Override
    public String kind() {
        return "activity";
    }

    @Override
    public Class<ActivityEntity> entityType() {
        return ActivityEntity.class;
    }

    @Override
    public ActivityEntity newEntity() {
        return new ActivityEntity();
    }

    @Override
    public void copy(DutyActivity activity, ActivityEntity entity) {
        ActivityDraft d = activity.details();
        entity.id = activity.id().toString();
        entity.committeeId = activity.committeeId().toString();
        entity.termNumber = d.termNumber();
        entity.kind = d.kind();
        entity.title = d.title();
        entity.startsAt = d.startsAt();
        entity.endsAt = d.endsAt();
        entity.place = d.place().orElse(null);
        entity.organiser = d.organiser();
        entity.organiserSpecialCommitteeId = d.organiserSpecialCommittee().map(Object::toString).orElse(null);
        entity.audienceKind = d.audience().kind();
        entity.audienceSectorId = d.audience().sectorId().map(Object::toString).orElse(null);
        entity.audienceSpecialCommitteeId = d.audience().specialCommitteeId().map(Object::toString).orElse(null);
        entity.obligatory = d.audience().obligatory();
        entity.invitations.clear();
        for (Invitation invitation : activity.invitations()) {
            ActivityEntity.InvitationRow row = new ActivityEntity.InvitationRow();
            row.memberId = invitation.memberId().toString();
            row.obligatory = invitation.obligatory();
            row.attendance = invitation.attendance();
            invitation.leave().ifPresent(leave -> {
                row.leaveReason = leave.reason();
                row.leaveRequestedAt = leave.requestedAt();
                row.leaveRequestedBy = leave.requestedBy();
                row.leaveStatus = leave.status();
                row.leaveDecidedBy = leave.decidedBy().orElse(null);
                row.leaveDecidedAt = leave.decidedAt().orElse(null);
                row.leaveNote = leave.note().orElse(null);
            });
            entity.invitations.add(row);
        }
    }

    @Override
    public DutyActivity toDomain(ActivityEntity entity) {
        Audience audience = new Audience(entity.audienceKind, Optional.ofNullable(entity.audienceSectorId).map(SectorId::parse),
                Optional.ofNullable(entity.audienceSpecialCommitteeId).map(SpecialCommitteeId::parse), entity.obligatory);
        ActivityDraft details = new ActivityDraft(entity.termNumber, entity.kind, entity.title, entity.startsAt, entity.endsAt,
                Optional.ofNullable(entity.place), entity.organiser, Optional.ofNullable(entity.organiserSpecialCommitteeId).map(SpecialCommitteeId::parse),
                audience);
        // Rows come back in no particular order: invitations are shown by name anyway, so keep a stable one.
        List<Invitation> invitations = entity.invitations.stream().sorted(Comparator.comparing(r -> r.memberId)).map(ActivityMapper::invitation).toList();
        return DutyActivity.restore(ActivityId.parse(entity.id), CommitteeId.parse(entity.committeeId), details, invitations, entity.version);
    }

    private static Invitation invitation(ActivityEntity.InvitationRow row) {
        Optional<LeaveRequest> leave = row.leaveStatus == null ? Optional.empty()
                : Optional.of(new LeaveRequest(row.leaveReason, row.leaveRequestedAt, row.leaveRequestedBy, row.leaveStatus,
                Optional.ofNullable(row.leaveDecidedBy), Optional.ofNullable(row.leaveDecidedAt), Optional.ofNullable(row.leaveNote)));
        return new Invitation(MemberId.parse(row.memberId), row.obligatory, row.attendance, leave);
    }

    @Override
    public String idOf(DutyActivity activity) {
        return activity.id().toString();
    }

    @Override
    public long versionOf(DutyActivity activity) {
        return activity.version();
    }

    @Override
    public long entityVersion(ActivityEntity entity) {
        return entity.version;
    }

    @Override
    public DomainException duplicate(DutyActivity activity) {
        return new ConcurrentUpdateException("activity", activity.id(), activity.version());
    }
}
