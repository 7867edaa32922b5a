package org.xieshang.domain.consultation;

import org.xieshang.domain.testkit.DomainErrors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.DomainException;

class PublicCallTest {

    private final PublicCall call = new PublicCall(CommitteeId.generate(), 2026, "2026 年度协商议题公开征集", LocalDate.of(2025, 11, 1),
            LocalDate.of(2025, 11, 30));
    private final PublicSubmissionDraft draft = new PublicSubmissionDraft("老旧小区加装电梯", "建议简化审批，统一补贴标准。", ContentArea.HOUSING,
            Optional.of("张女士"), Optional.empty());

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"2025-10-31, call.not-open", "2025-11-01, ok", "2025-11-30, ok", "2025-12-01, call.closed"})
    void submissions_are_taken_inside_the_window_only(LocalDate day, String expected) {
        if (expected.equals("ok")) {
            PublicSubmission received = call.receive(draft, day, ReceiptNumber.generate());
            assertThat(received.status()).isEqualTo(SubmissionStatus.RECEIVED);
            assertThat(received.receivedOn()).isEqualTo(day);
        } else {
            assertThatThrownBy(() -> call.receive(draft, day, ReceiptNumber.generate())).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.code()).isEqualTo(expected));
        }
    }

    @Test
    void a_plan_takes_submissions_through_its_own_call_while_it_is_drawn_up() {
        ConsultationPlan plan = ConsultationPlan.draft(call.committeeId(), 2026);
        assertThat(DomainErrors.codeOf(() -> plan.receive(draft, LocalDate.of(2025, 11, 2), ReceiptNumber.generate()))).isEqualTo("call.none");
        assertThat(DomainErrors.codeOf(() -> ConsultationPlan.draft(call.committeeId(), 2027).openCall(call))).isEqualTo("call.other-plan");

        ConsultationPlan open = plan.openCall(call);
        assertThat(open.receive(draft, LocalDate.of(2025, 11, 2), ReceiptNumber.generate()).year()).isEqualTo(2026);
        assertThat(DomainErrors.codeOf(() -> open.receive(draft, LocalDate.of(2025, 12, 2), ReceiptNumber.generate()))).isEqualTo("call.closed");
    }

    @ParameterizedTest(name = "{1}: [{0}]")
    @CsvSource(delimiter = '|', value = {
            "<script>alert(1)</script>|text.markup",
            "见 <a href='x'>链接</a>|text.markup",
            "<!-- 注释 -->|text.markup",
            "'   '|field.required"})
    void dangerous_or_empty_descriptions_are_refused(String description, String code) {
        assertThatThrownBy(() -> new PublicSubmissionDraft("标题", description, ContentArea.HOUSING, Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void control_characters_oversized_text_and_comparisons_with_lt_are_told_apart() {
        assertThat(DomainErrors.codeOf(() -> new PublicSubmissionDraft("标题\u0000", "内容", ContentArea.HOUSING, Optional.empty(), Optional.empty())))
                .isEqualTo("text.control-characters");
        assertThat(DomainErrors.codeOf(() -> new PublicSubmissionDraft("标题", "长".repeat(PublicSubmissionDraft.DESCRIPTION_MAX + 1), ContentArea.HOUSING,
                Optional.empty(), Optional.empty()))).isEqualTo("field.too-long");
        assertThat(new PublicSubmissionDraft("标题", "人均住房面积 < 20 平方米的家庭优先\n第二行", ContentArea.HOUSING, Optional.empty(), Optional.empty())
                .description()).contains("< 20");
    }

    @Test
    void a_submission_is_answered_once_adopted_as_a_topic_or_declined_with_a_reason() {
        PublicSubmission received = call.receive(draft, LocalDate.of(2025, 11, 5), ReceiptNumber.generate());
        Topic topic = new Topic(TopicId.generate(), draft.title(), draft.description(), TopicSource.PUBLIC_CALL, draft.area(), Optional.empty(),
                Optional.empty(), 2, Optional.empty(), ConsultationForm.PLEASE_COME_AND_CONSULT, Optional.empty());

        PublicSubmission adopted = received.adopt(topic, "已列入年度协商计划");

        assertThat(adopted.status()).isEqualTo(SubmissionStatus.ADOPTED);
        assertThat(adopted.topicId()).contains(topic.id());
        assertThat(DomainErrors.codeOf(() -> adopted.decline("重复"))).isEqualTo("submission.answered-already");
        assertThat(DomainErrors.codeOf(() -> received.decline(" "))).isEqualTo("field.required");
        assertThat(received.decline("已有同类议题").reply()).contains("已有同类议题");
    }

    @Test
    void receipt_numbers_are_random_readable_and_checked() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ReceiptNumber receipt = ReceiptNumber.generate();
            assertThat(receipt.value()).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
            assertThat(seen.add(receipt.value())).isTrue();
        }
        assertThat(new ReceiptNumber("k7qm-3xpa-9twd").value()).isEqualTo("K7QM-3XPA-9TWD");
        assertThat(DomainErrors.codeOf(() -> new ReceiptNumber("K7QM-3XPA-9TW0"))).isEqualTo("receipt.invalid");
    }
}
