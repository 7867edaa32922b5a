package org.xieshang.domain.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.activity.ActivityId;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.consultation.CommitteeCatalogue;
import org.xieshang.domain.consultation.ConsultationActivity;
import org.xieshang.domain.consultation.ConsultationActivityId;
import org.xieshang.domain.consultation.ConsultationForm;
import org.xieshang.domain.consultation.ConsultationPlan;
import org.xieshang.domain.consultation.ConsultationStep;
import org.xieshang.domain.consultation.ContentArea;
import org.xieshang.domain.consultation.JointKind;
import org.xieshang.domain.consultation.JointWork;
import org.xieshang.domain.consultation.OutcomeReport;
import org.xieshang.domain.consultation.Participant;
import org.xieshang.domain.consultation.ParticipantKind;
import org.xieshang.domain.consultation.PlanChange;
import org.xieshang.domain.consultation.PublicCall;
import org.xieshang.domain.consultation.PublicSubmission;
import org.xieshang.domain.consultation.PublicSubmissionDraft;
import org.xieshang.domain.consultation.ReceiptNumber;
import org.xieshang.domain.consultation.ScreeningCatalogue;
import org.xieshang.domain.consultation.ScreeningCategory;
import org.xieshang.domain.consultation.ScreeningResult;
import org.xieshang.domain.consultation.StepRecord;
import org.xieshang.domain.consultation.Suggestion;
import org.xieshang.domain.consultation.Topic;
import org.xieshang.domain.consultation.TopicId;
import org.xieshang.domain.consultation.TopicSource;
import org.xieshang.domain.instruction.Instruction;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.outcome.AdoptionResult;
import org.xieshang.domain.outcome.Submission;
import org.xieshang.domain.outcome.SuggestionAction;
import org.xieshang.domain.outcome.TrackedOutcome;
import org.xieshang.domain.outcome.TrackingEntry;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;

/**
 * What every adapter of the consultation ports must do: keep every field, refuse stale writes, find joint work from
 * each county.
 */
public abstract class ConsultationContract extends StorageContract {

    private static final LocalDate DAY = LocalDate.of(2025, 2, 17);

    /** @return the adapter's consultation ports, never null */
    protected abstract ConsultationStorage consultation();

    @Test
    void a_plan_keeps_its_topics_screening_approval_and_amendments_and_refuses_a_stale_write() {
        CommitteeId committee = storedCommittee().id();
        Topic topic = new Topic(TopicId.generate(), "托育服务", "普惠托育的供给与价格", TopicSource.LEADER_ASSIGNED, ContentArea.EDUCATION,
                Optional.of(SpecialCommitteeId.generate()), Optional.of("市卫健委"), 3, Optional.of(8), ConsultationForm.COUNTERPART_CONSULTATION,
                Optional.empty());
        PublicCall call = new PublicCall(committee, 2025, "面向社会征集 2025 年度协商议题", DAY.minusDays(60), DAY.minusDays(30));
        ConsultationPlan stored = consultation().plans().save(ConsultationPlan.draft(committee, 2025).openCall(call).putTopic(topic));
        ConsultationPlan approved = stored.submit()
                .screen(topic.id(), ScreeningResult.against(ScreeningCatalogue.example(), "education", "民生议题", "提案委", DAY))
                .approve(new PlanChange("中共澄湖市委", DAY, "澄委〔2025〕3号"))
                .amend(topic.screened(ScreeningResult.against(ScreeningCatalogue.example(), "education", "改期", "提案委", DAY.plusDays(1))),
                        new PlanChange("市委办公室", DAY.plusDays(30), "调整到第三季度八月"));
        ConsultationPlan saved = consultation().plans().save(approved);

        ConsultationPlan read = consultation().plans().find(committee, 2025).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.version()).isGreaterThan(stored.version());
        assertThat(read.topics().get(0).screening().map(ScreeningResult::reason)).contains("改期");
        assertThat(read.publicCall()).contains(call);
        assertThat(consultation().plans().find(committee, 2026)).isEmpty();
        assertThatThrownBy(() -> consultation().plans().save(stored.putTopic(topic))).isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> consultation().plans().save(ConsultationPlan.draft(committee, 2025))).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void an_activity_keeps_its_steps_participants_meeting_and_counties_and_each_county_finds_it() {
        CommitteeId city = storedCommittee().id();
        CommitteeId county = storedCommittee().id();
        Topic topic = new Topic(TopicId.generate(), "流域生态补偿", "", TopicSource.PROPOSED, ContentArea.REFORM, Optional.empty(), Optional.empty(), 2,
                Optional.empty(), ConsultationForm.CITY_COUNTY_JOINT, Optional.empty());
        ConsultationPlan plan = ConsultationPlan.draft(city, 2025).putTopic(topic).submit()
                .screen(topic.id(), ScreeningResult.against(ScreeningCatalogue.example(), "reform", "改革", "办公室", DAY))
                .approve(new PlanChange("中共澄湖市委", DAY, "审定"));
        ConsultationActivity started = consultation().activities().save(ConsultationActivity.start(plan, topic.id(),
                Optional.of(new JointWork(JointKind.CONSULTATION, List.of(county)))));
        ConsultationActivity changed = started
                .invite(new Participant(ParticipantKind.MEMBER, city, Optional.of(MemberId.generate()), "李明", ""))
                .invite(new Participant(ParticipantKind.RESIDENT, county, Optional.empty(), "村民代表", "青石村"))
                .complete(StepRecord.of(ConsultationStep.COLLECT_TOPIC, "征集汇总表", "市政协办公室", DAY))
                .scheduleMeeting(ActivityId.generate());
        ConsultationActivity saved = consultation().activities().save(changed);

        assertThat(consultation().activities().require(started.id())).isEqualTo(saved);
        assertThat(consultation().activities().ofCommittee(city, 2025)).containsExactly(saved);
        assertThat(consultation().activities().ofCommittee(county, 2025)).containsExactly(saved);
        assertThat(consultation().activities().ofCommittee(CommitteeId.generate(), 2025)).isEmpty();
        assertThat(consultation().activities().ofCommittee(city, 2024)).isEmpty();
        assertThatThrownBy(() -> consultation().activities().save(started.scheduleMeeting(ActivityId.generate())))
                .isInstanceOf(ConcurrentUpdateException.class);

        ConsultationActivity consulted = saved;
        for (ConsultationStep step : List.of(ConsultationStep.DECIDE_TOPIC, ConsultationStep.WORK_PLAN, ConsultationStep.RESEARCH, ConsultationStep.CONSULT)) {
            consulted = consulted.complete(StepRecord.of(step, "成果", "市政协办公室", DAY));
        }
        ConsultationActivity reported = consulted.outcomeReported(consulted.outcome("协商成果报告", List.of(new Suggestion("建立横向补偿机制",
                Optional.empty())), DAY.plusDays(3)));
        assertThat(consultation().activities().save(reported).outcomeReportedOn()).contains(DAY.plusDays(3));
        assertThat(consultation().activities().require(started.id()).outcomeReportedOn()).contains(DAY.plusDays(3));
    }

    @Test
    void a_submission_is_found_by_its_receipt_and_listed_oldest_first() {
        CommitteeId committee = storedCommittee().id();
        PublicCall call = new PublicCall(committee, 2026, "公开征集", LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30));
        PublicSubmissionDraft draft = new PublicSubmissionDraft("加装电梯", "简化审批。", ContentArea.HOUSING, Optional.of("张女士"),
                Optional.of("13800000000"));
        PublicSubmission later = consultation().submissions().save(call.receive(draft, LocalDate.of(2025, 11, 20), ReceiptNumber.generate()));
        PublicSubmission earlier = consultation().submissions().save(call.receive(draft, LocalDate.of(2025, 11, 2), ReceiptNumber.generate()));
        PublicSubmission declined = consultation().submissions().save(earlier.decline("已有同类议题"));

        assertThat(consultation().submissions().find(earlier.receipt())).contains(declined);
        assertThat(consultation().submissions().of(committee, 2026)).containsExactly(declined, later);
        assertThat(consultation().submissions().find(ReceiptNumber.generate())).isEmpty();
        assertThatThrownBy(() -> consultation().submissions().save(earlier.decline("重复"))).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void a_committee_keeps_its_own_screening_catalogue_in_order_and_refuses_a_stale_write() {
        CommitteeId committee = storedCommittee().id();
        assertThat(consultation().catalogues().find(committee)).isEmpty();
        assertThat(consultation().catalogues().of(committee)).isEqualTo(ScreeningCatalogue.example());

        ScreeningCatalogue own = new ScreeningCatalogue(List.of(new ScreeningCategory("elderly-care", "养老服务", true),
                new ScreeningCategory("education", "教育", true), new ScreeningCategory("private-disputes", "个人或家庭私事纠纷", false)));
        CommitteeCatalogue saved = consultation().catalogues().save(new CommitteeCatalogue(committee, own, 0));
        assertThat(consultation().catalogues().of(committee)).isEqualTo(own);
        assertThat(consultation().catalogues().find(committee)).contains(saved);

        ScreeningCatalogue shorter = new ScreeningCatalogue(own.categories().subList(0, 1));
        CommitteeCatalogue changed = consultation().catalogues().save(new CommitteeCatalogue(committee, shorter, saved.version()));
        assertThat(changed.version()).isGreaterThan(saved.version());
        assertThat(consultation().catalogues().of(committee).categories()).extracting(ScreeningCategory::code).containsExactly("elderly-care");
        assertThatThrownBy(() -> consultation().catalogues().save(new CommitteeCatalogue(committee, own, saved.version())))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(consultation().catalogues().find(storedCommittee().id())).isEmpty();
    }

    @Test
    void an_outcome_followed_up_is_kept_with_its_instructions_and_each_suggestions_log() {
        CommitteeId committee = storedCommittee().id();
        LocalDate day = LocalDate.of(2026, 6, 2);
        TrackedOutcome received = TrackedOutcome.received(new OutcomeReport(ConsultationActivityId.generate(), committee, "关于“一老一小”服务的协商成果",
                List.of(new Suggestion("建设社区托育点", Optional.of("市卫健委")), new Suggestion("完善助餐补贴", Optional.empty())), day.minusDays(3)));
        TrackingEntry entry = new TrackingEntry(SuggestionAction.ASSIGN, "consultation.office", "请研究办理\n并反馈", day);
        TrackedOutcome followed = received.submit(new Submission("中共澄湖市委", day, "consultation.office"))
                .instruct(new Instruction("市长 李某", "请认真研究", day))
                .assign(1, HandlingUnitId.generate(), day.plusDays(30), entry)
                .recordAdoption(1, AdoptionResult.PARTLY_ADOPTED, new TrackingEntry(SuggestionAction.RECORD_ADOPTION, "office", "部分采纳", day));

        TrackedOutcome stored = consultation().outcomes().save(followed);
        assertThat(stored.version()).isPositive();
        assertThat(consultation().outcomes().require(stored.activityId())).isEqualTo(stored);
        assertThat(stored.withVersion(0)).isEqualTo(followed);
        assertThat(consultation().outcomes().of(committee, 2026)).containsExactly(stored);
        assertThat(consultation().outcomes().of(committee, 2025)).isEmpty();
        assertThatThrownBy(() -> consultation().outcomes().save(followed)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(consultation().outcomes().find(ConsultationActivityId.generate())).isEmpty();
    }
}
