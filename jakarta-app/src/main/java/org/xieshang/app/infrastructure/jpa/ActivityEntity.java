package org.xieshang.app.infrastructure.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.xieshang.domain.activity.ActivityKind;
import org.xieshang.domain.activity.Attendance;
import org.xieshang.domain.activity.AudienceKind;
import org.xieshang.domain.activity.LeaveStatus;

/** Persistence model of {@link org.xieshang.domain.activity.DutyActivity}; mapped by {@link ActivityMapper}. */
@Entity
@Table(name = "duty_activity")
public class ActivityEntity {

    @Id
    @Column(length = 36)
    String id;

    @Column(name = "committee_id", nullable = false, length = 36)
    String committeeId;

    @Column(name = "term_number", nullable = false)
    int termNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_kind", nullable = false, length = 40)
    ActivityKind kind;

    @Column(nullable = false, length = 200)
    String title;

    @Column(name = "starts_at", nullable = false)
    LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    LocalDateTime endsAt;

    @Column(length = 100)
    String place;

    @Column(nullable = false, length = 100)
    String organiser;

    @Column(name = "organiser_special_committee_id", length = 36)
    String organiserSpecialCommitteeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience_kind", nullable = false, length = 30)
    AudienceKind audienceKind;

    @Column(name = "audience_sector_id", length = 36)
    String audienceSectorId;

    @Column(name = "audience_special_committee_id", length = 36)
    String audienceSpecialCommitteeId;

    @Convert(converter = FlagConverter.class)
    @Column(nullable = false)
    Boolean obligatory;

    @ElementCollection
    @CollectionTable(name = "activity_invitation", joinColumns = @JoinColumn(name = "activity_id"))
    List<InvitationRow> invitations = new ArrayList<>();

    @Version
    long version;

    /** One row of {@code activity_invitation}. */
    @Embeddable
    public static class InvitationRow {
        @Column(name = "member_id", nullable = false, length = 36)
        String memberId;
        @Convert(converter = FlagConverter.class)
        @Column(nullable = false)
        Boolean obligatory;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 20)
        Attendance attendance;
        @Column(name = "leave_reason", length = 500)
        String leaveReason;
        @Convert(converter = UtcInstantConverter.class)
        @Column(name = "leave_requested_at")
        Instant leaveRequestedAt;
        @Column(name = "leave_requested_by", length = 100)
        String leaveRequestedBy;
        @Enumerated(EnumType.STRING)
        @Column(name = "leave_status", length = 20)
        LeaveStatus leaveStatus;
        @Column(name = "leave_decided_by", length = 100)
        String leaveDecidedBy;
        @Convert(converter = UtcInstantConverter.class)
        @Column(name = "leave_decided_at")
        Instant leaveDecidedAt;
        @Column(name = "leave_note", length = 500)
        String leaveNote;
    }
}
