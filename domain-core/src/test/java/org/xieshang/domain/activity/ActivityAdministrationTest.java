package org.xieshang.domain.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.DutyWorld;
import org.xieshang.domain.member.DecisionKind;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.sector.Sector;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DomainException;

class ActivityAdministrationTest {

    private static final LocalDate PLENARY_2024 = LocalDate.of(2024, 1, 12);

    private final DutyWorld world = new DutyWorld();
    private final Member member = world.member("张伟", LocalDate.of(2022, 1, 10), false);
    private final Member standing = world.member("李娜", LocalDate.of(2022, 1, 10), true);

    @Test
    void scheduling_invites_the_audience_serving_on_the_day() {
        Member later = world.member("王芳", LocalDate.of(2024, 6, 1), false);
        Member resigned = world.member("赵敏", LocalDate.of(2022, 1, 10), false);
        world.decide(resigned.id(), DecisionKind.RESIGNATION, LocalDate.of(2023, 6, 1));

        DutyActivity plenary = world.meeting(ActivityKind.PLENARY_SESSION, PLENARY_2024, Audience.allMembers(true));
        DutyActivity standingMeeting = world.meeting(ActivityKind.STANDING_COMMITTEE_MEETING, LocalDate.of(2024, 3, 5), Audience.standingMembers(true));
        Sector other = world.storage.sectors().save(Sector.create(SectorId.generate(), world.committee.id(), "教育", 2));
        DutyActivity otherSector = world.meeting(ActivityKind.SECTOR_CONSULTATION, LocalDate.of(2024, 4, 5), Audience.sector(other.id(), false));

        assertThat(plenary.invitations()).extracting(Invitation::memberId).containsExactlyInAnyOrder(member.id(), standing.id());
        assertThat(plenary.invitations()).allMatch(Invitation::obligatory);
        assertThat(standingMeeting.invitations()).extracting(Invitation::memberId).containsExactly(standing.id());
        assertThat(otherSector.invitations()).isEmpty();
        assertThat(later.id()).isNotIn(plenary.invitations().stream().map(Invitation::memberId).toList());
    }

    @Test
    void attendance_for_a_whole_meeting_goes_into_the_duty_files() {
        DutyActivity plenary = world.meeting(ActivityKind.PLENARY_SESSION, PLENARY_2024, Audience.allMembers(true));

        world.attendance(plenary, Map.of(member.id(), true, standing.id(), false));

        assertThat(kinds(member.id())).containsExactly(DutyEventKind.ATTENDED_PLENARY);
        assertThat(kinds(standing.id())).containsExactly(DutyEventKind.ABSENT_UNEXCUSED);
        DutyEvent event = world.duty.events().ofMember(member.id(), PLENARY_2024, PLENARY_2024).get(0);
        assertThat(event.source().reference()).isEqualTo(plenary.id().toString());
        assertThat(event.title()).isEqualTo(plenary.details().title());
    }

    @Test
    void leave_approved_before_the_meeting_excuses_the_absence_and_a_correction_replaces_the_event() {
        DutyActivity plenary = world.meeting(ActivityKind.PLENARY_SESSION, PLENARY_2024, Audience.allMembers(true));
        world.activities.requestLeave(plenary.id(), member.id(), "赴外地出差", "member.demo");
        DutyActivity asked = world.duty.activities().require(plenary.id());
        world.activities.decideLeave(plenary.id(), asked.version(), member.id(), true, "dutyfile.demo", null);

        DutyActivity taken = world.attendance(plenary, Map.of(member.id(), false));
        assertThat(taken.invitation(member.id()).orElseThrow().attendance()).isEqualTo(Attendance.EXCUSED);
        assertThat(kinds(member.id())).containsExactly(DutyEventKind.ABSENT_EXCUSED);

        world.activities.recordAttendance(plenary.id(), taken.version(), Map.of(member.id(), true));
        assertThat(kinds(member.id())).containsExactly(DutyEventKind.ATTENDED_PLENARY);
    }

    @Test
    void leave_approved_after_attendance_was_taken_turns_the_absence_excused() {
        DutyActivity plenary = world.meeting(ActivityKind.PLENARY_SESSION, PLENARY_2024, Audience.allMembers(true));
        world.activities.requestLeave(plenary.id(), member.id(), "住院治疗", "member.demo");
        DutyActivity taken = world.attendance(plenary, Map.of(member.id(), false));
        assertThat(kinds(member.id())).containsExactly(DutyEventKind.ABSENT_UNEXCUSED);

        DutyActivity decided = world.activities.decideLeave(plenary.id(), taken.version(), member.id(), true, "dutyfile.demo", null);

        assertThat(decided.invitation(member.id()).orElseThrow().attendance()).isEqualTo(Attendance.EXCUSED);
        assertThat(kinds(member.id())).containsExactly(DutyEventKind.ABSENT_EXCUSED);
    }

    @Test
    void a_refused_request_leaves_the_absence_unexcused_and_needs_a_note() {
        DutyActivity plenary = world.meeting(ActivityKind.PLENARY_SESSION, PLENARY_2024, Audience.allMembers(true));
        DutyActivity asked = world.activities.requestLeave(plenary.id(), member.id(), "个人事务", "member.demo");
        assertThatThrownBy(() -> world.activities.decideLeave(plenary.id(), asked.version(), member.id(), false, "dutyfile.demo", " "))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("leave.refusal.needs-note");
        DutyActivity refused = world.activities.decideLeave(plenary.id(), asked.version(), member.id(), false, "dutyfile.demo", "理由不充分");

        assertThat(refused.invitation(member.id()).orElseThrow().leave().orElseThrow().status()).isEqualTo(LeaveStatus.REFUSED);
        world.attendance(plenary, Map.of(member.id(), false));
        assertThat(kinds(member.id())).containsExactly(DutyEventKind.ABSENT_UNEXCUSED);
    }

    @Test
    void bad_requests_are_refused_and_write_nothing() {
        DutyActivity plenary = world.meeting(ActivityKind.PLENARY_SESSION, PLENARY_2024, Audience.allMembers(true));
        world.activities.requestLeave(plenary.id(), member.id(), "出差", "member.demo");
        assertThat(code(() -> world.activities.requestLeave(plenary.id(), member.id(), "再次请假", "member.demo"))).isEqualTo("leave.already-requested");
        assertThat(code(() -> world.activities.recordAttendance(plenary.id(), 2, Map.of(member.id(), true)))).isEqualTo("attendance.before-start");

        world.clock.setTo(PLENARY_2024.atTime(9, 30));
        assertThat(code(() -> world.activities.requestLeave(plenary.id(), standing.id(), "迟到的请假", "member.demo"))).isEqualTo("leave.too-late");
        MemberId stranger = world.member("陈静", LocalDate.of(2024, 6, 1), false).id();
        assertThat(code(() -> world.activities.recordAttendance(plenary.id(), 2, Map.of(member.id(), true, stranger, true))))
                .isEqualTo("activity.not-invited");

        DutyActivity stored = world.duty.activities().require(plenary.id());
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.attendanceTaken()).isFalse();
        assertThat(kinds(member.id())).isEmpty();
        assertThatThrownBy(() -> world.activities.recordAttendance(plenary.id(), 1, Map.of(member.id(), true)))
                .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void an_activity_outside_the_term_or_a_standing_meeting_for_everyone_is_refused() {
        assertThat(code(() -> world.meeting(ActivityKind.OTHER, LocalDate.of(2027, 3, 1), Audience.allMembers(false)))).isEqualTo("activity.outside-term");
        assertThat(code(() -> world.meeting(ActivityKind.STANDING_COMMITTEE_MEETING, LocalDate.of(2024, 3, 1), Audience.allMembers(true))))
                .isEqualTo("activity.standing-meeting.audience");
        assertThat(world.duty.activities().list(ActivityQuery.ofYear(world.committee.id(), 2024))).isEmpty();
    }

    @Test
    void members_named_one_by_one_are_invited_and_optional_absences_are_not_charged() {
        DutyActivity research = world.meeting(ActivityKind.RESEARCH_TRIP, LocalDate.of(2024, 5, 20), Audience.invited(false));
        DutyActivity invited = world.activities.invite(research.id(), research.version(), List.of(member.id(), standing.id()), false);

        world.attendance(invited, Map.of(member.id(), true, standing.id(), false));

        assertThat(kinds(member.id())).containsExactly(DutyEventKind.ATTENDED_INSPECTION_OR_RESEARCH);
        assertThat(kinds(standing.id())).isEmpty();
        assertThat(world.duty.activities().require(research.id()).invitation(standing.id()).orElseThrow().attendance())
                .isEqualTo(Attendance.UNEXCUSED);
        assertThat(Optional.of(world.duty.activities().require(research.id()).details().audience().kind())).contains(AudienceKind.INVITED);
    }

    private List<DutyEventKind> kinds(MemberId memberId) {
        return world.duty.events().ofMember(memberId, LocalDate.of(2022, 1, 1), LocalDate.of(2027, 1, 1)).stream().map(DutyEvent::kind).toList();
    }

    private static String code(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.code();
        }
        throw new AssertionError("no error");
    }
}
