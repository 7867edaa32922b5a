package org.xieshang.domain.consultation;

import org.xieshang.domain.testkit.DomainErrors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.activity.ActivityId;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.member.MemberId;

class ConsultationActivityTest {

    private static final LocalDate DAY = LocalDate.of(2025, 4, 1);
    private final CommitteeId city = CommitteeId.generate();
    private final CommitteeId wangchuan = CommitteeId.generate();
    private final CommitteeId yunxiu = CommitteeId.generate();
    private final CommitteeId elsewhere = CommitteeId.generate();
    private final Topic topic = new Topic(TopicId.generate(), "流域生态补偿", "", TopicSource.LEADER_ASSIGNED, ContentArea.REFORM, Optional.empty(),
            Optional.of("市生态环境局"), 2, Optional.empty(), ConsultationForm.CITY_COUNTY_JOINT, Optional.empty());

    @Test
    void only_a_topic_of_an_approved_plan_is_taken_up() {
        ConsultationPlan draft = ConsultationPlan.draft(city, 2025).putTopic(topic);

        assertThat(DomainErrors.codeOf(() -> ConsultationActivity.start(draft, topic.id(), Optional.empty()))).isEqualTo("plan.not-approved");
        ConsultationActivity activity = ConsultationActivity.start(approved(), topic.id(), Optional.empty());
        assertThat(activity.title()).isEqualTo("流域生态补偿");
        assertThat(activity.process().nextStep()).contains(ConsultationStep.COLLECT_TOPIC);
    }

    @Test
    void counties_see_their_part_and_the_city_sees_the_whole() {
        ConsultationActivity joint = ConsultationActivity.start(approved(), topic.id(),
                        Optional.of(new JointWork(JointKind.CONSULTATION, List.of(wangchuan, yunxiu))))
                .invite(member(city, "李明")).invite(member(wangchuan, "王芳")).invite(expert(yunxiu, "赵教授"));

        assertThat(joint.participantsSeenBy(city)).hasSize(3);
        assertThat(joint.participantsSeenBy(wangchuan)).extracting(Participant::name).containsExactly("王芳");
        assertThat(joint.participantsSeenBy(yunxiu)).extracting(Participant::name).containsExactly("赵教授");
        assertThat(joint.takesPart(elsewhere)).isFalse();
        assertThat(DomainErrors.codeOf(() -> joint.invite(expert(elsewhere, "钱工")))).isEqualTo("joint.committee.not-partner");
        assertThat(DomainErrors.codeOf(() -> joint.invite(expert(yunxiu, "赵教授")))).isEqualTo("participant.duplicate");
        assertThat(DomainErrors.codeOf(() -> new JointWork(JointKind.RESEARCH, List.of(wangchuan, wangchuan)))).isEqualTo("joint.counties.duplicate");
        assertThat(DomainErrors.codeOf(() -> ConsultationActivity.start(approved(), topic.id(), Optional.of(new JointWork(JointKind.RESEARCH, List.of(city))))))
                .isEqualTo("joint.counties.lead");
    }

    @Test
    void the_meeting_is_scheduled_before_it_is_recorded_and_its_outcome_follows_it() {
        ConsultationActivity researched = through(ConsultationActivity.start(approved(), topic.id(), Optional.empty()), ConsultationStep.RESEARCH);

        assertThat(DomainErrors.codeOf(() -> researched.complete(StepRecord.of(ConsultationStep.CONSULT, "会议纪要", "办公室", DAY))))
                .isEqualTo("consultation.meeting.not-scheduled");
        assertThat(DomainErrors.codeOf(() -> researched.outcome("成果报告", List.of(new Suggestion("建立横向补偿机制", Optional.empty())), DAY)))
                .isEqualTo("outcome.before-meeting");

        ActivityId meeting = ActivityId.generate();
        ConsultationActivity scheduled = researched.scheduleMeeting(meeting);
        assertThat(DomainErrors.codeOf(() -> scheduled.scheduleMeeting(ActivityId.generate()))).isEqualTo("consultation.meeting.scheduled-already");
        ConsultationActivity consulted = scheduled.complete(StepRecord.of(ConsultationStep.CONSULT, "会议纪要", "办公室", DAY));
        OutcomeReport report = consulted.outcome("关于流域生态补偿的协商成果报告",
                List.of(new Suggestion("建立横向补偿机制", Optional.of("市财政局")), new Suggestion("完善水质监测", Optional.empty())), DAY);

        assertThat(consulted.meeting()).contains(meeting);
        assertThat(report.suggestions()).hasSize(2);
        assertThat(report.activityId()).isEqualTo(consulted.id());
        assertThat(DomainErrors.codeOf(() -> consulted.scheduleMeeting(ActivityId.generate()))).isEqualTo("consultation.meeting.held-already");
        assertThat(DomainErrors.codeOf(() -> consulted.outcome("空报告", List.of(), DAY))).isEqualTo("outcome.suggestions.required");

        ConsultationActivity reported = consulted.outcomeReported(report);
        assertThat(reported.outcomeReportedOn()).contains(DAY);
        assertThat(DomainErrors.codeOf(() -> reported.outcome("再报一次", report.suggestions(), DAY))).isEqualTo("outcome.reported-already");
        assertThat(DomainErrors.codeOf(() -> reported.outcomeReported(report))).isEqualTo("outcome.reported-already");
    }

    @Test
    void members_are_linked_to_their_record_and_others_are_not() {
        assertThat(DomainErrors.codeOf(() -> new Participant(ParticipantKind.MEMBER, city, Optional.empty(), "李明", ""))).isEqualTo("participant.member.inconsistent");
        assertThat(DomainErrors.codeOf(() -> new Participant(ParticipantKind.RESIDENT, city, Optional.of(MemberId.generate()), "村民", "")))
                .isEqualTo("participant.member.inconsistent");
    }

    private ConsultationPlan approved() {
        return ConsultationPlan.draft(city, 2025).putTopic(topic).submit()
                .screen(topic.id(), ScreeningResult.against(ScreeningCatalogue.example(), "reform", "改革议题", "办公室", DAY))
                .approve(new PlanChange("中共澄湖市委", DAY, "审定"));
    }

    private static ConsultationActivity through(ConsultationActivity activity, ConsultationStep last) {
        List<ConsultationStep> steps = new ArrayList<>(List.of(ConsultationStep.values()).subList(0, last.ordinal() + 1));
        for (ConsultationStep step : steps) {
            activity = activity.complete(StepRecord.of(step, "成果", "办公室", DAY));
        }
        return activity;
    }

    private static Participant member(CommitteeId committee, String name) {
        return new Participant(ParticipantKind.MEMBER, committee, Optional.of(MemberId.generate()), name, "");
    }

    private static Participant expert(CommitteeId committee, String name) {
        return new Participant(ParticipantKind.EXPERT, committee, Optional.empty(), name, "大学");
    }
}
