package org.xieshang.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.ConsultationForm;
import org.xieshang.domain.consultation.ConsultationPlan;
import org.xieshang.domain.consultation.ContentArea;
import org.xieshang.domain.consultation.PublicCall;
import org.xieshang.domain.consultation.PublicCallDesk;
import org.xieshang.domain.consultation.PublicSubmission;
import org.xieshang.domain.consultation.PublicSubmissionDraft;
import org.xieshang.domain.consultation.Topic;
import org.xieshang.domain.consultation.TopicId;
import org.xieshang.domain.consultation.TopicSource;
import org.xieshang.domain.inmemory.InMemoryConsultationPlans;
import org.xieshang.domain.inmemory.InMemoryPublicSubmissions;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.DomainMessages;

/**
 * A call to society for consultation topics (面向社会征集议题), as a vendor's public website would run it on the domain
 * core: the call opened with next year's draft plan, a resident's topic received with a receipt number, markup refused,
 * the consultation office adopting one topic and declining another, and the residents reading the answers under their
 * receipt numbers.
 */
public final class PublicCallExample {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private PublicCallExample() {
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
        InMemoryConsultationPlans plans = new InMemoryConsultationPlans();
        PublicCallDesk desk = new PublicCallDesk(plans, new InMemoryPublicSubmissions(),
                Clock.fixed(TODAY.atTime(10, 0).atZone(SHANGHAI).toInstant(), SHANGHAI));

        plans.save(ConsultationPlan.draft(committee, 2027)
                .openCall(new PublicCall(committee, 2027, "面向社会公开征集2027年度协商议题", TODAY.minusDays(5), TODAY.plusDays(25))));

        PublicSubmission lift = desk.receive(committee, 2027, new PublicSubmissionDraft("老旧小区加装电梯",
                "建议简化审批，统一补贴标准。", ContentArea.HOUSING, Optional.of("张女士"), Optional.empty()));
        out.println("回执：" + (lift.receipt().toString().length() == 14 ? "已发放" : "格式不对"));
        try {
            desk.receive(committee, 2027, new PublicSubmissionDraft("<script>alert(1)</script>", "说明", ContentArea.HOUSING,
                    Optional.empty(), Optional.empty()));
        } catch (DomainException e) {
            out.println("拒绝：" + e.localizedMessage(Locale.CHINA));
        }
        PublicSubmission dispute = desk.receive(committee, 2027, new PublicSubmissionDraft("邻居宅基地纠纷", "请帮助协调。",
                ContentArea.HOUSING, Optional.empty(), Optional.empty()));

        Topic topic = new Topic(TopicId.generate(), "加快老旧小区加装电梯", "审批与补贴", TopicSource.PUBLIC_CALL, ContentArea.HOUSING,
                Optional.empty(), Optional.of("市住建局"), 2, Optional.empty(), ConsultationForm.SPECIAL_CONSULTATION, Optional.empty());
        desk.adopt(lift.receipt(), plans.require(committee, 2027).version(), topic, "已列入2027年度协商计划草案");
        desk.decline(dispute.receipt(), dispute.version(), "属于个人纠纷，请向镇人民调解委员会申请调解");

        for (PublicSubmission mine : new PublicSubmission[] {lift, dispute}) {
            PublicSubmission answer = desk.lookUp(mine.receipt());
            out.println(answer.draft().title() + "：" + DomainMessages.label(answer.status(), Locale.CHINA) + "，" + answer.reply().orElse(""));
        }
        out.println("计划草案议题：" + plans.require(committee, 2027).topics().size());
    }
}
