package org.xieshang.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.xieshang.domain.activity.ActivityId;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.ConsultationActivity;
import org.xieshang.domain.consultation.ConsultationForm;
import org.xieshang.domain.consultation.ConsultationPlan;
import org.xieshang.domain.consultation.ConsultationStep;
import org.xieshang.domain.consultation.ContentArea;
import org.xieshang.domain.consultation.MatterAction;
import org.xieshang.domain.consultation.OutcomeHandover;
import org.xieshang.domain.consultation.PlanChange;
import org.xieshang.domain.consultation.ScreeningCatalogue;
import org.xieshang.domain.consultation.ScreeningResult;
import org.xieshang.domain.consultation.StepRecord;
import org.xieshang.domain.consultation.Suggestion;
import org.xieshang.domain.consultation.ThreeBefore;
import org.xieshang.domain.consultation.Topic;
import org.xieshang.domain.consultation.TopicId;
import org.xieshang.domain.consultation.TopicSource;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.DomainMessages;

/**
 * Embedding consultation work: an annual plan screened and approved by the Party committee, a topic taken through the
 * eight steps with the guards saying no where the rules do, the "three before" check another system would call, and
 * the outcome handed over through the {@link OutcomeHandover} port — the domain alone, on the JDK.
 */
public final class ConsultationExample {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 10);

    private ConsultationExample() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * @param out where the story is told, not null
     */
    public static void run(PrintStream out) {
        CommitteeId committee = CommitteeId.generate();
        ScreeningCatalogue catalogue = ScreeningCatalogue.example();
        Topic elderlyCare = topic("居家和社区养老服务", TopicSource.LEADER_ASSIGNED, ContentArea.SOCIAL_SECURITY, ConsultationForm.SPECIAL_CONSULTATION);
        Topic dispute = topic("某小区物业合同纠纷", TopicSource.PUBLIC_CALL, ContentArea.HOUSING, ConsultationForm.TALK_IT_OVER);

        ConsultationPlan plan = ConsultationPlan.draft(committee, 2026).putTopic(elderlyCare).putTopic(dispute).submit()
                .screen(elderlyCare.id(), ScreeningResult.against(catalogue, "social-security", "民生重点", "提案委", DAY))
                .screen(dispute.id(), ScreeningResult.against(catalogue, "private-disputes", "私人纠纷应依法解决", "提案委", DAY));
        PlanChange approval = new PlanChange("中共澄湖市委", DAY.plusDays(5), "澄委〔2026〕5号");
        ConsultationPlan submitted = plan;
        refused(out, () -> submitted.approve(approval));
        plan = plan.sendBack().removeTopic(dispute.id()).submit().approve(approval).publish();
        out.println("计划：" + plan.year() + " 年 " + plan.topics().size() + " 个议题，" + plan.approval().orElseThrow().by() + "审定");

        ConsultationActivity activity = ConsultationActivity.start(plan, elderlyCare.id(), Optional.empty());
        for (ConsultationStep step : List.of(ConsultationStep.COLLECT_TOPIC, ConsultationStep.DECIDE_TOPIC, ConsultationStep.WORK_PLAN)) {
            activity = activity.complete(StepRecord.of(step, "成果材料", "社法委", DAY.plusDays(10)));
        }
        ConsultationActivity planned = activity;
        refused(out, () -> planned.complete(StepRecord.of(ConsultationStep.CONSULT, "会议纪要", "社法委", DAY.plusDays(20))));
        out.println("三在前：" + DomainMessages.label(ThreeBefore.check(true, Optional.of(activity.process())), Locale.CHINA));
        refused(out, () -> ThreeBefore.require(true, Optional.of(planned.process()), MatterAction.DECIDE));

        // The meeting is a duty activity scheduled with ActivityAdministration (see DutyFileExample), so attendance
        // reaches the members' duty files; here it is only named.
        activity = activity.complete(StepRecord.of(ConsultationStep.RESEARCH, "居家养老服务调研报告", "社法委", DAY.plusDays(30)))
                .scheduleMeeting(ActivityId.generate())
                .complete(StepRecord.of(ConsultationStep.CONSULT, "专题协商会纪要", "社法委", DAY.plusDays(40)));
        out.println("三在前：" + DomainMessages.label(ThreeBefore.check(true, Optional.of(activity.process())), Locale.CHINA));

        OutcomeHandover feedbackLoop = report -> report.suggestions()
                .forEach(s -> out.println("移交建议：" + s.text() + s.addressee().map(a -> "（" + a + "）").orElse("")));
        feedbackLoop.handOver(activity.outcome("关于发展居家和社区养老服务的协商报告",
                List.of(new Suggestion("建设街道综合养老服务中心", Optional.of("市民政局")), new Suggestion("培育专业护理人才", Optional.empty())),
                DAY.plusDays(45)));
        out.println("下一步：" + activity.process().nextStep().map(step -> DomainMessages.label(step, Locale.CHINA)).orElse("全部完成"));
    }

    private static Topic topic(String title, TopicSource source, ContentArea area, ConsultationForm form) {
        return new Topic(TopicId.generate(), title, "", source, area, Optional.empty(), Optional.empty(), 2, Optional.empty(), form, Optional.empty());
    }

    private static void refused(PrintStream out, Runnable action) {
        try {
            action.run();
            out.println("（竟然通过了）");
        } catch (DomainException e) {
            out.println("拒绝：" + e.localizedMessage(Locale.CHINA));
        }
    }
}
