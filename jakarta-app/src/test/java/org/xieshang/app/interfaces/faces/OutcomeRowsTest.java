package org.xieshang.app.interfaces.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.calendar.OfficialSchedules;
import org.xieshang.domain.calendar.WorkingDayCalendar;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.consultation.ConsultationActivityId;
import org.xieshang.domain.consultation.OutcomeReport;
import org.xieshang.domain.consultation.Suggestion;
import org.xieshang.domain.instruction.Instruction;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.outcome.AdoptionResult;
import org.xieshang.domain.outcome.OutcomeAlerts;
import org.xieshang.domain.outcome.Submission;
import org.xieshang.domain.outcome.SuggestionAction;
import org.xieshang.domain.outcome.TrackedOutcome;
import org.xieshang.domain.outcome.TrackedSuggestion;
import org.xieshang.domain.outcome.TrackingEntry;
import org.xieshang.domain.proposal.Act;
import org.xieshang.domain.proposal.ProposalCategory;
import org.xieshang.domain.socialreport.ReportContent;
import org.xieshang.domain.socialreport.SocialReport;
import org.xieshang.domain.socialreport.SocialReportId;

/** What the outcome and leader screens make of the domain's records: one row per suggestion, its log sorted into columns. */
class OutcomeRowsTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final LocalDate REPORTED = LocalDate.of(2026, 5, 8);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Predicate<TrackedSuggestion> NONE_DUE_SOON = suggestion -> false;
    private static final HandlingUnitId PLANNING = HandlingUnitId.generate();
    private static final HandlingUnitId APPROVALS = HandlingUnitId.generate();
    private static final HandlingUnitId COMMERCE = HandlingUnitId.generate();
    private static final Function<HandlingUnitId, String> UNITS =
            Map.of(PLANNING, "澄湖市发展和改革委员会", APPROVALS, "澄湖市行政审批服务局", COMMERCE, "澄湖市工商业联合会")::get;

    /** Three suggestions: carried out, supervised and followed up; sent to another department, then partly adopted; unanswered past its day. */
    private static TrackedOutcome followed() {
        TrackedOutcome o = TrackedOutcome.received(new OutcomeReport(ConsultationActivityId.generate(), CommitteeId.generate(), "关于营商环境的协商成果报告",
                List.of(new Suggestion("推行一件事集成办理", Optional.of("澄湖市行政审批服务局")), new Suggestion("建立免申即享清单", Optional.empty()),
                        new Suggestion("完善政企沟通机制", Optional.of("澄湖市工商业联合会"))), REPORTED));
        o = o.submit(new Submission("中共澄湖市委、澄湖市人民政府", REPORTED.plusDays(3), "consultation.demo"));
        o = o.instruct(new Instruction("市委书记 周明远", "请认真研究落实。", REPORTED.plusDays(10)));
        LocalDate assigned = REPORTED.plusDays(14);
        o = o.assign(1, APPROVALS, assigned.plusDays(45), entry(SuggestionAction.ASSIGN, "请研究采纳", assigned));
        o = o.assign(2, COMMERCE, assigned.plusDays(30), entry(SuggestionAction.ASSIGN, "请工商联研究", assigned));
        o = o.assign(2, PLANNING, assigned.plusDays(30), entry(SuggestionAction.ASSIGN, "改请发改委研究", assigned.plusDays(1)));
        o = o.assign(3, COMMERCE, assigned.plusDays(40), entry(SuggestionAction.ASSIGN, "请研究采纳", assigned));
        o = o.recordAdoption(1, AdoptionResult.ADOPTED, entry(SuggestionAction.RECORD_ADOPTION, "采纳，列入年度重点工作", assigned.plusDays(20)));
        o = o.recordImplementation(1, entry(SuggestionAction.RECORD_IMPLEMENTATION, "已出台实施方案", assigned.plusDays(60)));
        o = o.supervise(1, new TrackingEntry(SuggestionAction.SUPERVISE, "中共澄湖市委督查室", "推进良好", assigned.plusDays(75)));
        o = o.supervise(1, new TrackingEntry(SuggestionAction.SUPERVISE, "澄湖市人民政府督查室", "按期完成", assigned.plusDays(90)));
        o = o.followUp(1, entry(SuggestionAction.FOLLOW_UP, "委员视察，群众反映较好", assigned.plusDays(100)));
        return o.recordAdoption(2, AdoptionResult.PARTLY_ADOPTED, entry(SuggestionAction.RECORD_ADOPTION, "部分采纳", assigned.plusDays(25)));
    }

    private static TrackingEntry entry(SuggestionAction action, String text, LocalDate on) {
        return new TrackingEntry(action, "consultation.demo", text, on);
    }

    @Test
    void a_report_in_the_list_counts_its_answered_and_overdue_suggestions() {
        OutcomeRow row = new OutcomeRow(followed(), TODAY, NONE_DUE_SOON, CHINESE);

        assertThat(row.getStage()).isEqualTo("已批示");
        assertThat(row.getStageClass()).contains("xs-badge-ok");
        assertThat(row.isAwaitingInstruction()).isFalse();
        assertThat(row.getSubmittedTo()).isEqualTo("中共澄湖市委、澄湖市人民政府");
        assertThat(row.getSubmittedOn()).isEqualTo("2026-05-11");
        assertThat(row.getInstructions()).isEqualTo(1);
        assertThat(row.getSuggestions()).isEqualTo(3);
        assertThat(row.getAnswered()).isEqualTo(2);
        assertThat(row.getOverdue()).isEqualTo(1);
    }

    @Test
    void a_suggestion_due_within_five_working_days_is_marked_and_counted() {
        LocalDate friday = LocalDate.of(2026, 6, 26); // the third suggestion is due on Wednesday 1 July
        Predicate<TrackedSuggestion> dueSoon = new OutcomeAlerts(5).dueSoon(friday, new WorkingDayCalendar(List.of(OfficialSchedules.of(2026))));

        OutcomeDetail detail = new OutcomeDetail(followed(), UNITS, friday, dueSoon, CHINESE);

        assertThat(detail.getSummary().getDueSoon()).isEqualTo(1);
        assertThat(detail.getSuggestions()).extracting(SuggestionRow::isDueSoon).containsExactly(false, false, true);
        assertThat(detail.getSuggestions().get(2).isOverdue()).isFalse();
    }

    @Test
    void a_submitted_report_waits_for_an_instruction_and_names_its_stage_in_the_pages_language() {
        TrackedOutcome received = TrackedOutcome.received(new OutcomeReport(ConsultationActivityId.generate(), CommitteeId.generate(), "报告",
                List.of(new Suggestion("建议", Optional.empty())), REPORTED));
        OutcomeRow waiting = new OutcomeRow(received.submit(new Submission("市委", REPORTED, "office")), TODAY, NONE_DUE_SOON, Locale.ENGLISH);

        assertThat(waiting.isAwaitingInstruction()).isTrue();
        assertThat(waiting.getStage()).isEqualTo("Submitted");
        assertThat(new OutcomeRow(received, TODAY, NONE_DUE_SOON, CHINESE).getSubmittedTo()).isEmpty();
    }

    @Test
    void each_suggestion_has_its_own_row_with_its_department_its_day_and_its_log_by_column() {
        List<SuggestionRow> rows = new OutcomeDetail(followed(), UNITS, TODAY, NONE_DUE_SOON, CHINESE).getSuggestions();

        SuggestionRow done = rows.get(0);
        assertThat(done.getStatus()).isEqualTo("已落实");
        assertThat(done.getDepartment()).isEqualTo("澄湖市行政审批服务局");
        assertThat(done.getAddressee()).isEqualTo("澄湖市行政审批服务局");
        assertThat(done.getDueOn()).isEqualTo("2026-07-06");
        assertThat(done.isOverdue()).as("answered in time").isFalse();
        assertThat(done.getAdoption()).singleElement().satisfies(l -> assertThat(l.getText()).startsWith("采纳"));
        assertThat(done.getImplementation()).singleElement().satisfies(l -> assertThat(l.getOn()).isEqualTo("2026-07-21"));
        assertThat(done.getSupervision()).extracting(SuggestionRow.LogLine::getBy).containsExactly("中共澄湖市委督查室", "澄湖市人民政府督查室");
        assertThat(done.getFollowUps()).singleElement().satisfies(l -> assertThat(l.getText()).contains("视察"));

        SuggestionRow reassigned = rows.get(1);
        assertThat(reassigned.getDepartment()).isEqualTo("澄湖市发展和改革委员会");
        assertThat(reassigned.getRequest()).as("the assignment that holds").isEqualTo("改请发改委研究");
        assertThat(reassigned.getAddressee()).isEmpty();

        SuggestionRow late = rows.get(2);
        assertThat(late.getStatus()).isEqualTo("已交办");
        assertThat(late.isOverdue()).isTrue();
        assertThat(late.getAdoption()).isEmpty();
    }

    @Test
    void a_suggestion_offers_only_the_forms_its_status_allows() {
        TrackedOutcome submitted = TrackedOutcome.received(new OutcomeReport(ConsultationActivityId.generate(), CommitteeId.generate(), "报告",
                List.of(new Suggestion("建议", Optional.empty())), REPORTED)).submit(new Submission("市委", REPORTED, "office"));
        List<SuggestionRow> followedRows = new OutcomeDetail(followed(), UNITS, TODAY, NONE_DUE_SOON, CHINESE).getSuggestions();

        SuggestionRow pending = new OutcomeDetail(submitted, UNITS, TODAY, NONE_DUE_SOON, CHINESE).getSuggestions().get(0);
        assertThat(List.of(pending.isAssignable(), pending.isAdoptable(), pending.isImplementable(), pending.isSupervisable(), pending.isFollowable()))
                .containsExactly(true, false, false, false, false);
        SuggestionRow assigned = followedRows.get(2);
        assertThat(List.of(assigned.isAssignable(), assigned.isAdoptable(), assigned.isImplementable(), assigned.isSupervisable(),
                assigned.isFollowable())).containsExactly(true, true, false, true, false);
        SuggestionRow partly = followedRows.get(1);
        assertThat(List.of(partly.isAssignable(), partly.isAdoptable(), partly.isImplementable(), partly.isSupervisable(), partly.isFollowable()))
                .containsExactly(false, false, true, true, true);
        assertThat(pending.getDepartment()).isEmpty();
        assertThat(pending.getDueOn()).isEmpty();
    }

    @Test
    void the_detail_finds_a_suggestion_by_its_number_and_keeps_the_instructions_word_for_word() {
        OutcomeDetail detail = new OutcomeDetail(followed(), UNITS, TODAY, NONE_DUE_SOON, CHINESE);

        assertThat(detail.suggestion(2).getNumber()).isEqualTo(2);
        assertThat(detail.suggestion(0)).isNull();
        assertThat(detail.suggestion(4)).isNull();
        assertThat(detail.isReceived()).isFalse();
        assertThat(detail.getSubmittedBy()).isEqualTo("consultation.demo");
        assertThat(detail.getInstructions()).singleElement().satisfies(i -> {
            assertThat(i.getLeader()).isEqualTo("市委书记 周明远");
            assertThat(i.getText()).isEqualTo("请认真研究落实。");
            assertThat(i.getGivenOn()).isEqualTo("2026-05-18");
        });
    }

    @Test
    void a_report_waiting_for_an_instruction_shows_the_offices_edited_title_and_where_it_was_reported() {
        MemberId author = MemberId.generate();
        LocalDate day = LocalDate.of(2026, 11, 2);
        Act office = new Act("proposal.demo", Instant.parse("2026-11-02T02:00:00Z"), day);
        SocialReport report = SocialReport.draft(SocialReportId.generate(), CommitteeId.generate(), 2026, author, List.of(),
                new ReportContent("关于推进社区嵌入式养老服务的建议", "老年人口比重持续上升。", ProposalCategory.SOCIAL_WELFARE), Optional.empty());
        report = report.submit(office).edit(new ReportContent("推进社区嵌入式养老服务", "老年人口比重持续上升，供给不足。", ProposalCategory.SOCIAL_WELFARE), office)
                .adopt("编入专报", office).reportUpward("省政协", day, office);

        WaitingReportRow row = new WaitingReportRow(report, Map.of(author, "李明")::get, CHINESE);

        assertThat(row.getTitle()).isEqualTo("推进社区嵌入式养老服务");
        assertThat(row.getText()).contains("供给不足");
        assertThat(row.getSubmitter()).isEqualTo("李明");
        assertThat(row.getCategory()).isEqualTo("社会保障与民生");
        assertThat(row.getReportedTo()).containsExactly("省政协 · 2026-11-02");
        assertThat(row.version()).isEqualTo(report.version());
    }
}
