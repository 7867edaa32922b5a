package org.xieshang.domain.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.activity.ActivityQuery;
import org.xieshang.domain.activity.Attendance;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.CommitteeLevel;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.DutyWorld;
import org.xieshang.domain.inmemory.InMemoryConsultationActivities;
import org.xieshang.domain.inmemory.InMemoryConsultationPlans;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.PartyAffiliation;
import org.xieshang.domain.sector.Sector;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.testkit.Fixtures;

class ConsultationAdministrationTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    private final DutyWorld world = new DutyWorld();
    private final List<OutcomeReport> handedOver = new ArrayList<>();
    private final InMemoryConsultationActivities activities = new InMemoryConsultationActivities();
    private final ConsultationAdministration consultation = new ConsultationAdministration(world.storage.committees(),
            new InMemoryConsultationPlans(), activities, world.activities, handedOver::add, world.clock);

    @Test
    void a_sector_consultation_goes_from_the_plan_to_attendance_in_the_duty_files_and_an_outcome_for_the_feedback_loop() {
        Member inSector = world.member("陈静", LocalDate.of(2022, 1, 10), false);
        Sector other = world.storage.sectors().save(Sector.create(SectorId.generate(), world.committee.id(), "教育", 2));
        Member invitedFromElsewhere = world.member("吴敏", LocalDate.of(2022, 1, 10), false, other.id());
        Member notInvited = world.member("郑强", LocalDate.of(2022, 1, 10), false, other.id());
        Topic topic = new Topic(TopicId.generate(), "中小企业融资难", "", TopicSource.DEPARTMENT_CHOSEN, ContentArea.REFORM, Optional.empty(),
                Optional.of("市金融办"), 2, Optional.of(5), ConsultationForm.SECTOR_CONSULTATION, Optional.empty());
        ConsultationPlan plan = consultation.draftPlan(world.committee.id(), 2025);
        plan = consultation.changePlan(world.committee.id(), 2025, plan.version(), p -> p.putTopic(topic).submit()
                .screen(topic.id(), ScreeningResult.against(ScreeningCatalogue.example(), "reform", "改革中的重要问题", "提案委", DAY)));
        ConsultationPlan stale = plan;
        plan = consultation.changePlan(world.committee.id(), 2025, plan.version(), p -> p.approve(new PlanChange("中共澄湖市委", DAY, "审定")));
        assertThatThrownBy(() -> consultation.changePlan(world.committee.id(), 2025, stale.version(), ConsultationPlan::publish))
                .isInstanceOf(ConcurrentUpdateException.class);

        world.clock.setTo(DAY.atTime(18, 0));
        ConsultationActivity activity = consultation.start(world.committee.id(), 2025, topic.id(), Optional.empty());
        ConsultationActivity fresh = activity;
        assertThatThrownBy(() -> consultation.complete(fresh.id(), fresh.version(),
                StepRecord.of(ConsultationStep.COLLECT_TOPIC, "议题汇总", "经济界别", DAY.plusDays(1))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("consultation.step.future"));
        activity = consultation.invite(activity.id(), activity.version(), new Participant(ParticipantKind.MEMBER, world.committee.id(),
                Optional.of(invitedFromElsewhere.id()), "吴敏", ""));
        for (ConsultationStep step : List.of(ConsultationStep.COLLECT_TOPIC, ConsultationStep.DECIDE_TOPIC, ConsultationStep.WORK_PLAN,
                ConsultationStep.RESEARCH)) {
            activity = consultation.complete(activity.id(), activity.version(), StepRecord.of(step, "成果", "经济界别", DAY));
        }
        ConsultationActivity researched = activity;
        assertThatThrownBy(() -> consultation.scheduleMeeting(researched.id(), researched.version(), meeting(Optional.empty())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("consultation.meeting.sector-required"));
        assertThat(activities.require(activity.id())).as("nothing written").isEqualTo(researched);

        activity = consultation.scheduleMeeting(activity.id(), activity.version(), meeting(Optional.of(world.sector.id())));
        DutyActivity meeting = world.duty.activities().require(activity.meeting().orElseThrow());
        assertThat(meeting.invitations()).extracting(i -> i.memberId()).containsExactlyInAnyOrder(inSector.id(), invitedFromElsewhere.id())
                .doesNotContain(notInvited.id());

        world.clock.setTo(LocalDateTime.of(2025, 5, 20, 18, 0));
        world.attendance(meeting, Map.of(inSector.id(), true, invitedFromElsewhere.id(), false));
        assertThat(world.duty.activities().require(meeting.id()).invitation(invitedFromElsewhere.id()).orElseThrow().attendance())
                .isEqualTo(Attendance.UNEXCUSED);
        assertThat(world.duty.events().ofMember(inSector.id(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                .extracting(e -> e.kind()).contains(DutyEventKind.ATTENDED_CONSULTATION);

        assertThat(consultation.threeBefore(activity.id())).isEqualTo(ThreeBeforeVerdict.CONSULTATION_PENDING);
        activity = consultation.complete(activity.id(), activity.version(), StepRecord.of(ConsultationStep.CONSULT, "会议纪要", "经济界别", DAY));
        ConsultationActivity consulted = activity;
        OutcomeReport report = consultation.reportOutcome(activity.id(), activity.version(), "关于破解中小企业融资难的建议",
                List.of(new Suggestion("设立应急转贷资金池", Optional.of("市金融办"))));
        assertThatThrownBy(() -> consultation.reportOutcome(consulted.id(), consulted.version() + 1, "再报一次", report.suggestions()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("outcome.reported-already"));

        assertThat(handedOver).as("handed over once").containsExactly(report);
        assertThat(activities.require(activity.id()).outcomeReportedOn()).contains(report.reportedOn());
        assertThat(consultation.threeBefore(activity.id())).isEqualTo(ThreeBeforeVerdict.CONSULTED);
    }

    @Test
    void joint_work_is_with_the_leading_committees_own_counties() {
        Committee city = world.committee;
        Committee county = world.storage.committees().save(Committee.establish(CommitteeId.generate(), "政协望川县委员会", CommitteeLevel.COUNTY,
                Optional.of(city), "望川县"));
        Committee stranger = world.storage.committees().save(Committee.establish(CommitteeId.generate(), "政协他市委员会", CommitteeLevel.CITY,
                Optional.empty(), "他市"));
        Topic topic = new Topic(TopicId.generate(), "县域城乡融合", "", TopicSource.DEPARTMENT_CHOSEN, ContentArea.REFORM, Optional.empty(),
                Optional.empty(), 3, Optional.empty(), ConsultationForm.CITY_COUNTY_JOINT, Optional.empty());
        ConsultationPlan plan = consultation.draftPlan(city.id(), 2025);
        consultation.changePlan(city.id(), 2025, plan.version(), p -> p.putTopic(topic).submit()
                .screen(topic.id(), ScreeningResult.against(ScreeningCatalogue.example(), "reform", "改革", "办公室", DAY))
                .approve(new PlanChange("中共澄湖市委", DAY, "审定")));

        assertThatThrownBy(() -> consultation.start(city.id(), 2025, topic.id(), Optional.of(new JointWork(JointKind.CONSULTATION,
                List.of(county.id(), stranger.id()))))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("joint.counties.not-county"));
        ConsultationActivity joint = consultation.start(city.id(), 2025, topic.id(), Optional.of(new JointWork(JointKind.CONSULTATION,
                List.of(county.id()))));
        assertThat(joint.joint().orElseThrow().counties()).containsExactly(county.id());
    }

    @Test
    void a_county_member_of_joint_work_is_invited_to_the_meeting_among_the_countys_activities() {
        Committee city = world.committee;
        Committee county = world.storage.committees().save(Committee.establish(CommitteeId.generate(), "政协望川县委员会", CommitteeLevel.COUNTY,
                Optional.of(city), "望川县").openTerm(13, Fixtures.TERM_13_START, Fixtures.TERM_13_END));
        Sector countySector = world.storage.sectors().save(Sector.create(SectorId.generate(), county.id(), "农业", 1));
        Member countyMember = world.storage.members().save(Fixtures.appointedActive(county,
                Fixtures.member(county, "W1", Fixtures.minimalProfile("韦亮", PartyAffiliation.CPC)), countySector.id(), false));
        Member cityMember = world.member("杨勇", LocalDate.of(2022, 1, 10), false);
        Topic topic = new Topic(TopicId.generate(), "县域城乡融合", "", TopicSource.DEPARTMENT_CHOSEN, ContentArea.REFORM, Optional.empty(),
                Optional.empty(), 3, Optional.empty(), ConsultationForm.CITY_COUNTY_JOINT, Optional.empty());
        ConsultationPlan plan = consultation.draftPlan(city.id(), 2025);
        consultation.changePlan(city.id(), 2025, plan.version(), p -> p.putTopic(topic).submit()
                .screen(topic.id(), ScreeningResult.against(ScreeningCatalogue.example(), "reform", "改革", "办公室", DAY))
                .approve(new PlanChange("中共澄湖市委", DAY, "审定")));
        world.clock.setTo(DAY.atTime(18, 0));
        ConsultationActivity activity = consultation.start(city.id(), 2025, topic.id(), Optional.of(new JointWork(JointKind.CONSULTATION,
                List.of(county.id()))));
        activity = consultation.invite(activity.id(), activity.version(), new Participant(ParticipantKind.MEMBER, county.id(),
                Optional.of(countyMember.id()), "韦亮", ""));
        activity = consultation.invite(activity.id(), activity.version(), new Participant(ParticipantKind.MEMBER, city.id(),
                Optional.of(cityMember.id()), "杨勇", ""));
        for (ConsultationStep step : List.of(ConsultationStep.COLLECT_TOPIC, ConsultationStep.DECIDE_TOPIC, ConsultationStep.WORK_PLAN,
                ConsultationStep.RESEARCH)) {
            activity = consultation.complete(activity.id(), activity.version(), StepRecord.of(step, "成果", "市政协办公室", DAY));
        }

        activity = consultation.scheduleMeeting(activity.id(), activity.version(), meeting(Optional.empty()));

        DutyActivity cityMeeting = world.duty.activities().require(activity.meeting().orElseThrow());
        assertThat(cityMeeting.invitations()).extracting(i -> i.memberId()).containsExactly(cityMember.id());
        List<DutyActivity> countyMeetings = world.duty.activities().list(ActivityQuery.ofYear(county.id(), 2025));
        assertThat(countyMeetings).singleElement().satisfies(m -> {
            assertThat(m.details().title()).isEqualTo("县域城乡融合");
            assertThat(m.details().startsAt()).isEqualTo(cityMeeting.details().startsAt());
            assertThat(m.invitations()).extracting(i -> i.memberId()).containsExactly(countyMember.id());
        });
    }

    private static MeetingRequest meeting(Optional<SectorId> sector) {
        return new MeetingRequest(13, LocalDateTime.of(2025, 5, 20, 9, 0), LocalDateTime.of(2025, 5, 20, 12, 0), Optional.of("市政协会议室"),
                "经济界别", sector, Optional.empty());
    }
}
