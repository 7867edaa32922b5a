package org.xieshang.app.infrastructure.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.ConsultationAdministration;
import org.xieshang.domain.consultation.ConsultationPlan;
import org.xieshang.domain.consultation.ContentArea;
import org.xieshang.domain.consultation.PublicCall;
import org.xieshang.domain.consultation.PublicSubmission;
import org.xieshang.domain.consultation.PublicSubmissionDraft;
import org.xieshang.domain.consultation.PublicSubmissions;
import org.xieshang.domain.consultation.ReceiptNumber;
import org.xieshang.domain.consultation.Topic;

/**
 * The city's open call for the plan year's topics, held the autumn before, and what four of its submissions became:
 * two adopted as the plan's public-call topics, one declined with the reason the submitter reads, one still received;
 * and next year's call, open now, with its first submissions. Receipt numbers are drawn from a seeded source, so every
 * load gives the same ones.
 */
final class PublicSubmissionDemo {

    /** What became of one submission: adopted as the topic titled so, declined for the reason given, or neither yet. */
    private record Answer(Optional<String> adoptedAs, Optional<String> declinedBecause) {
    }

    private record Entry(PublicSubmissionDraft draft, int daysAfterOpening, Answer answer) {
    }

    private PublicSubmissionDemo() {
    }

    /**
     * @param submissions where submissions are stored
     * @param plan        the city's plan, with its public-call topics
     * @return how many submissions were stored
     */
    static int load(PublicSubmissions submissions, ConsultationPlan plan) {
        int year = plan.year();
        PublicCall call = plan.publicCall().orElseThrow();
        LocalDate opensOn = call.opensOn();
        Random random = DemoIds.random(plan.committeeId().toString(), "consultation-receipts-" + year);
        int stored = 0;
        for (Entry entry : entries()) {
            PublicSubmission submission = call.receive(entry.draft(), opensOn.plusDays(entry.daysAfterOpening()), ReceiptNumber.generate(random));
            Optional<Topic> topic = entry.answer().adoptedAs()
                    .flatMap(title -> plan.topics().stream().filter(t -> t.title().equals(title)).findFirst());
            if (topic.isPresent()) {
                submission = submission.adopt(topic.get(), "您的建议已列入" + year + "年度协商计划，感谢您对政协工作的关心和支持。");
            } else if (entry.answer().declinedBecause().isPresent()) {
                submission = submission.decline(entry.answer().declinedBecause().get());
            }
            submissions.save(submission);
            stored++;
        }
        return stored;
    }

    /**
     * @param committeeId the city committee
     * @param year        the plan year
     * @param opensOn     the first day of the call
     * @return the call for the year's topics, a month long
     */
    static PublicCall call(CommitteeId committeeId, int year, LocalDate opensOn) {
        return new PublicCall(committeeId, year, "政协澄湖市委员会面向社会公开征集" + year + "年度协商议题，欢迎市民群众围绕"
                + "全市经济社会发展和民生领域的实际问题提出议题建议。", opensOn, opensOn.plusMonths(1));
    }

    /**
     * Next year's plan as drawn up at the turn of the year: a draft whose call is open around today, with its first
     * submissions received.
     *
     * @return how many submissions were stored
     */
    static int openNextYear(ConsultationAdministration consultation, PublicSubmissions submissions, CommitteeId city, int year, LocalDate today) {
        ConsultationPlan draft = consultation.draftPlan(city, year);
        PublicCall call = call(city, year, today.minusDays(14));
        ConsultationPlan open = consultation.changePlan(city, year, draft.version(), plan -> plan.openCall(call));
        Random random = DemoIds.random(city.toString(), "consultation-receipts-" + year);
        List<PublicSubmissionDraft> received = List.of(
                draft("关于完善城区“一刻钟便民生活圈”的建议", "新建小区周边缺少菜市场、药店和维修网点，建议统筹规划便民商业网点，方便居民日常生活。",
                        ContentArea.MAJOR_DOCUMENTS_AND_DECISIONS, "吴先生", null),
                draft("关于增加婴幼儿托育服务供给的建议", "双职工家庭送托难、托费高，建议支持社区和用人单位举办普惠托育机构。",
                        ContentArea.EDUCATION, "孙女士", "sun.y@example.org"));
        for (int i = 0; i < received.size(); i++) {
            submissions.save(open.receive(received.get(i), today.minusDays(10 - 5 * i), ReceiptNumber.generate(random)));
        }
        return received.size();
    }

    private static List<Entry> entries() {
        return List.of(
                new Entry(draft("关于加快老旧小区改造和加装电梯的建议", "我住的小区建于上世纪九十年代，没有电梯，管网老化，老人上下楼很困难，"
                        + "建议把加装电梯和管网更新纳入老旧小区改造，并听取居民意见。", ContentArea.HOUSING, "陈女士", "chen.ls@example.org"),
                        10, new Answer(Optional.of("加快城镇老旧小区改造，完善社区配套设施"), Optional.empty())),
                new Entry(draft("关于规范小区停车秩序的建议", "小区车位少，晚上车辆占用消防通道，停车收费也有争议，建议政府部门、物业和居民一起商量解决。",
                        ContentArea.HOUSING, null, null),
                        17, new Answer(Optional.of("规范老旧住宅小区停车秩序"), Optional.empty())),
                new Entry(draft("关于解决我家与邻居宅基地纠纷的请求", "我家与邻居因宅基地边界发生纠纷多年，请政协帮助协调解决。",
                        ContentArea.HOUSING, "刘先生", null),
                        22, new Answer(Optional.empty(), Optional.of("所提事项属个人或家庭私事纠纷，不宜列为协商议题；"
                                + "已建议您向所在镇人民调解委员会申请调解，或依法通过诉讼途径解决。"))),
                new Entry(draft("关于在城区增设新能源汽车公共充电桩的建议", "城区老旧小区和公共停车场充电桩少，排队时间长，建议统筹规划建设公共充电设施。",
                        ContentArea.MAJOR_DOCUMENTS_AND_DECISIONS, "周先生", "zhou.m@example.org"),
                        30, new Answer(Optional.empty(), Optional.empty())));
    }

    private static PublicSubmissionDraft draft(String title, String description, ContentArea area, String submitter, String contact) {
        return new PublicSubmissionDraft(title, description, area, Optional.ofNullable(submitter), Optional.ofNullable(contact));
    }
}
