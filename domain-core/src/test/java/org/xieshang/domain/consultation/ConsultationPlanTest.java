package org.xieshang.domain.consultation;

import org.xieshang.domain.testkit.DomainErrors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.activity.AudienceKind;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.shared.DomainException;

class ConsultationPlanTest {

    private static final LocalDate DAY = LocalDate.of(2025, 2, 10);
    private static final ScreeningCatalogue CATALOGUE = ScreeningCatalogue.example();

    private final Topic childcare = topic("托育服务体系建设", TopicSource.LEADER_ASSIGNED, ConsultationForm.SPECIAL_CONSULTATION, 2, 5);
    private final Topic dispute = topic("某企业与个人的合同纠纷", TopicSource.PUBLIC_CALL, ConsultationForm.TALK_IT_OVER, 3, 0);

    @Test
    void a_plan_is_drafted_submitted_approved_by_the_party_committee_and_published() {
        ConsultationPlan submitted = ConsultationPlan.draft(CommitteeId.generate(), 2025).putTopic(childcare).putTopic(dispute).submit();

        assertThat(DomainErrors.codeOf(() -> submitted.approve(approval()))).isEqualTo("plan.topic.unscreened");
        ConsultationPlan screened = submitted.screen(childcare.id(), ScreeningResult.against(CATALOGUE, "education", "民生议题", "提案委", DAY))
                .screen(dispute.id(), ScreeningResult.against(CATALOGUE, "private-disputes", "个人纠纷，走司法途径", "提案委", DAY));
        DomainException notConsultable = DomainErrors.raisedBy(() -> screened.approve(approval()));
        assertThat(notConsultable.code()).isEqualTo("plan.topic.not-consultable");
        assertThat(notConsultable.localizedMessage(Locale.CHINA)).contains("某企业与个人的合同纠纷");
        assertThat(screened.status()).as("nothing written").isEqualTo(PlanStatus.SUBMITTED);

        ConsultationPlan approved = screened.sendBack().removeTopic(dispute.id()).submit().approve(approval());
        ConsultationPlan published = approved.publish();

        assertThat(published.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(published.approval()).contains(approval());
        assertThat(published.topics()).extracting(Topic::title).containsExactly("托育服务体系建设");
    }

    @Test
    void an_approved_plan_changes_only_by_amendments_with_reasons_and_only_with_cleared_topics() {
        ConsultationPlan published = approvedPlan().publish();
        Topic added = topic("城乡居民医保", TopicSource.PROPOSED, ConsultationForm.SECTOR_CONSULTATION, 4, 11);

        assertThat(DomainErrors.codeOf(() -> published.putTopic(added))).isEqualTo("plan.not-draft");
        assertThat(DomainErrors.codeOf(() -> published.amend(added, new PlanChange("市委办公室", DAY, "市委新增点题")))).isEqualTo("plan.topic.unscreened");
        assertThat(DomainErrors.codeOf(() -> published.screen(added.id(), ScreeningResult.against(CATALOGUE, "public-health", "民生", "提案委", DAY))))
                .isEqualTo("plan.approved-already");

        Topic cleared = added.screened(ScreeningResult.against(CATALOGUE, "public-health", "民生", "提案委", DAY));
        ConsultationPlan amended = published.amend(cleared, new PlanChange("市委办公室", DAY, "市委新增点题"))
                .withdraw(childcare.id(), new PlanChange("市委办公室", DAY.plusDays(3), "已在全会协商"));

        assertThat(amended.topics()).extracting(Topic::title).containsExactly("城乡居民医保");
        assertThat(amended.amendments()).extracting(PlanChange::reason).containsExactly("市委新增点题", "已在全会协商");
        assertThat(DomainErrors.codeOf(() -> ConsultationPlan.draft(CommitteeId.generate(), 2025).amend(cleared, new PlanChange("x", DAY, "y"))))
                .isEqualTo("plan.not-approved");
    }

    @Test
    void an_empty_plan_is_not_submitted_and_a_stored_one_is_checked_again() {
        assertThat(DomainErrors.codeOf(() -> ConsultationPlan.draft(CommitteeId.generate(), 2025).submit())).isEqualTo("plan.no-topics");
        assertThat(DomainErrors.codeOf(() -> ConsultationPlan.restore(CommitteeId.generate(), 2025, PlanStatus.APPROVED, List.of(), Optional.empty(), List.of(), Optional.empty(), 1)))
                .isEqualTo("plan.approval.inconsistent");
        ConsultationPlan approved = approvedPlan();
        assertThat(ConsultationPlan.restore(approved.committeeId(), 2025, approved.status(), approved.topics(), approved.approval(),
                approved.amendments(), approved.publicCall(), 0)).isEqualTo(approved);
    }

    @Test
    void the_call_for_topics_runs_only_while_the_plan_is_drafted() {
        ConsultationPlan approved = approvedPlan();
        PublicCall call = new PublicCall(approved.committeeId(), approved.year(), "征集议题", LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 30));
        assertThat(DomainErrors.codeOf(() -> approved.openCall(call))).isEqualTo("call.over");

        Topic topic = topic("托育", TopicSource.PROPOSED, ConsultationForm.SPECIAL_CONSULTATION, 2, 5);
        ConsultationPlan submitted = ConsultationPlan.draft(call.committeeId(), call.year()).openCall(call).putTopic(topic).submit();
        PublicSubmissionDraft late = new PublicSubmissionDraft("加装电梯", "说明", ContentArea.HOUSING, Optional.empty(), Optional.empty());
        assertThat(DomainErrors.codeOf(() -> submitted.receive(late, LocalDate.of(2024, 11, 5), ReceiptNumber.generate()))).isEqualTo("call.over");
        assertThat(submitted.sendBack().receive(late, LocalDate.of(2024, 11, 5), ReceiptNumber.generate()).status()).isEqualTo(SubmissionStatus.RECEIVED);
    }

    @Test
    void a_topics_month_lies_in_its_quarter() {
        assertThat(DomainErrors.codeOf(() -> topic("x", TopicSource.PROPOSED, ConsultationForm.PLENARY_SESSION, 1, 4))).isEqualTo("topic.month.outside-quarter");
        assertThat(DomainErrors.codeOf(() -> topic("x", TopicSource.PROPOSED, ConsultationForm.PLENARY_SESSION, 5, 0))).isEqualTo("quarter.invalid");
    }

    @Test
    void the_example_catalogue_lists_ten_consultable_and_seven_excluded_categories_and_is_checked() {
        assertThat(CATALOGUE.categories()).filteredOn(ScreeningCategory::consultable).hasSize(10);
        assertThat(CATALOGUE.categories()).filteredOn(c -> !c.consultable()).hasSize(7);
        assertThat(DomainErrors.codeOf(() -> new ScreeningCatalogue(List.of(new ScreeningCategory("a", "甲", true), new ScreeningCategory("a", "乙", false)))))
                .isEqualTo("screening.category.duplicate");
        assertThat(DomainErrors.codeOf(() -> new ScreeningCatalogue(List.of(new ScreeningCategory("a", "甲", false))))).isEqualTo("screening.catalogue.no-consultable");
        assertThat(DomainErrors.codeOf(() -> ScreeningResult.against(CATALOGUE, "nonsense", "理由", "提案委", DAY))).isEqualTo("screening.category.unknown");
    }

    @Test
    void a_form_decides_whom_it_invites_by_default() {
        assertThat(ConsultationForm.SECTOR_CONSULTATION.defaultAudience()).isEqualTo(AudienceKind.SECTOR);
        assertThat(ConsultationForm.STANDING_COMMITTEE_SPECIAL_TOPIC.defaultAudience()).isEqualTo(AudienceKind.STANDING_MEMBERS);
        assertThat(ConsultationForm.COUNTERPART_CONSULTATION.defaultAudience()).isEqualTo(AudienceKind.SPECIAL_COMMITTEE);
        assertThat(ConsultationForm.PLENARY_SESSION.defaultAudience()).isEqualTo(AudienceKind.ALL_MEMBERS);
        assertThat(ConsultationForm.COURTYARD_DELIBERATION.isGrassroots()).isTrue();
        assertThat(ConsultationForm.CITY_COUNTY_JOINT.isGrassroots()).isFalse();
    }

    private ConsultationPlan approvedPlan() {
        return ConsultationPlan.draft(CommitteeId.generate(), 2025).putTopic(childcare).submit()
                .screen(childcare.id(), ScreeningResult.against(CATALOGUE, "education", "民生议题", "提案委", DAY)).approve(approval());
    }

    private static PlanChange approval() {
        return new PlanChange("中共澄湖市委", DAY, "澄委〔2025〕3号");
    }

    private static Topic topic(String title, TopicSource source, ConsultationForm form, int quarter, int month) {
        return new Topic(TopicId.generate(), title, "", source, ContentArea.EDUCATION, Optional.empty(), Optional.of("市教育局"), quarter,
                month == 0 ? Optional.empty() : Optional.of(month), form, Optional.empty());
    }
}
