package org.xieshang.domain.consultation;

import org.xieshang.domain.testkit.DomainErrors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.inmemory.InMemoryConsultationPlans;
import org.xieshang.domain.inmemory.InMemoryPublicSubmissions;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.NotFoundException;

/** The public call end to end: opened with the plan, a submission received with a receipt, looked up, adopted or declined. */
class PublicCallDeskTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final CommitteeId committee = CommitteeId.generate();
    private final InMemoryConsultationPlans plans = new InMemoryConsultationPlans();
    private final InMemoryPublicSubmissions submissions = new InMemoryPublicSubmissions();
    private final PublicSubmissionDraft draft = new PublicSubmissionDraft("老旧小区加装电梯", "建议简化审批，统一补贴标准。", ContentArea.HOUSING,
            Optional.of("张女士"), Optional.empty());

    private PublicCallDesk deskOn(LocalDate day) {
        return new PublicCallDesk(plans, submissions, Clock.fixed(day.atTime(10, 0).atZone(SHANGHAI).toInstant(), SHANGHAI));
    }

    private ConsultationPlan planWithCall() {
        return plans.save(ConsultationPlan.draft(committee, 2026)
                .openCall(new PublicCall(committee, 2026, "面向社会公开征集 2026 年度协商议题", LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30))));
    }

    @Test
    void a_submission_inside_the_window_is_stored_under_its_receipt_and_adopted_as_a_topic_of_the_draft() {
        planWithCall();
        PublicSubmission received = deskOn(LocalDate.of(2025, 11, 10)).receive(committee, 2026, draft);
        assertThat(deskOn(LocalDate.of(2025, 11, 11)).lookUp(received.receipt())).isEqualTo(received);

        ConsultationPlan plan = plans.require(committee, 2026);
        Topic topic = new Topic(TopicId.generate(), "老旧小区加装电梯", "审批与补贴", TopicSource.PUBLIC_CALL, ContentArea.HOUSING, Optional.empty(),
                Optional.of("市住建局"), 2, Optional.empty(), ConsultationForm.SPECIAL_CONSULTATION, Optional.empty());
        PublicSubmission adopted = deskOn(LocalDate.of(2025, 12, 5)).adopt(received.receipt(), plan.version(), topic, "已列入年度协商计划草案");

        assertThat(adopted.status()).isEqualTo(SubmissionStatus.ADOPTED);
        assertThat(adopted.topicId()).contains(topic.id());
        assertThat(plans.require(committee, 2026).topic(topic.id())).isPresent();
        assertThatThrownBy(() -> deskOn(LocalDate.of(2025, 12, 6)).decline(received.receipt(), adopted.version(), "重复"))
                .isInstanceOfSatisfying(org.xieshang.domain.shared.DomainException.class, e -> assertThat(e.code()).isEqualTo("submission.answered-already"));
    }

    @Test
    void outside_the_window_or_without_a_call_nothing_is_stored() {
        assertThatThrownBy(() -> deskOn(LocalDate.of(2025, 11, 10)).receive(committee, 2026, draft)).isInstanceOf(NotFoundException.class);
        plans.save(ConsultationPlan.draft(committee, 2026));
        assertThat(DomainErrors.codeOf(() -> deskOn(LocalDate.of(2025, 11, 10)).receive(committee, 2026, draft))).isEqualTo("call.none");
        plans.save(plans.require(committee, 2026).openCall(new PublicCall(committee, 2026, "征集", LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30))));
        assertThat(DomainErrors.codeOf(() -> deskOn(LocalDate.of(2025, 12, 1)).receive(committee, 2026, draft))).isEqualTo("call.closed");
        assertThat(submissions.of(committee, 2026)).isEmpty();
    }

    @Test
    void a_decline_needs_a_reason_and_the_version_read() {
        planWithCall();
        PublicSubmission received = deskOn(LocalDate.of(2025, 11, 10)).receive(committee, 2026, draft);
        PublicCallDesk desk = deskOn(LocalDate.of(2025, 12, 1));
        assertThatThrownBy(() -> desk.decline(received.receipt(), received.version() + 1, "不属于协商范围")).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(DomainErrors.codeOf(() -> desk.decline(received.receipt(), received.version(), " "))).isEqualTo("field.required");

        PublicSubmission declined = desk.decline(received.receipt(), received.version(), "属于个人诉求，已转信访部门");
        assertThat(desk.lookUp(received.receipt()).reply()).contains("属于个人诉求，已转信访部门");
        assertThat(declined.status()).isEqualTo(SubmissionStatus.DECLINED);
    }

    @Test
    void a_stale_plan_version_adopts_nothing() {
        ConsultationPlan plan = planWithCall();
        PublicSubmission received = deskOn(LocalDate.of(2025, 11, 10)).receive(committee, 2026, draft);
        Topic topic = new Topic(TopicId.generate(), "加装电梯", "说明", TopicSource.PUBLIC_CALL, ContentArea.HOUSING, Optional.empty(), Optional.empty(),
                2, Optional.empty(), ConsultationForm.SPECIAL_CONSULTATION, Optional.empty());
        assertThatThrownBy(() -> deskOn(LocalDate.of(2025, 12, 1)).adopt(received.receipt(), plan.version() + 1, topic, null))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(plans.require(committee, 2026).topics()).isEmpty();
        assertThat(deskOn(LocalDate.of(2025, 12, 1)).lookUp(received.receipt()).status()).isEqualTo(SubmissionStatus.RECEIVED);
    }
}
