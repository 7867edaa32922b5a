package org.xieshang.app.infrastructure.demo;

import java.time.LocalDate;
import org.xieshang.app.infrastructure.demo.ConsultationCatalogue.PlanSketch;
import org.xieshang.app.infrastructure.demo.TopicPlan.ActivityPlan;
import org.xieshang.domain.consultation.ConsultationStep;
import org.xieshang.domain.consultation.StepRecord;

/**
 * Writes the records of a demo activity's steps: the deliverable each step leaves (议题汇总表, 工作方案, 调研报告,
 * 协商会议纪要, 公开公示通知, 决策记录, 落实情况报告) and who did it. Work plans get the committee office's document
 * numbers in the order they are written. Not thread-safe.
 */
final class StepDeliverables {

    private final PlanSketch sketch;
    private final int year;
    private final String approvalNumber;
    private final DocumentNumbers officeNumbers;

    /**
     * @param sketch         the plan the activities belong to
     * @param year           the plan year
     * @param approvalNumber the document number of the Party committee's approval
     */
    StepDeliverables(PlanSketch sketch, int year, String approvalNumber) {
        this.sketch = sketch;
        this.year = year;
        this.approvalNumber = approvalNumber;
        this.officeNumbers = new DocumentNumbers(sketch.officePrefix());
    }

    /**
     * @param step  the step done
     * @param topic the topic consulted, with its activity
     * @param day   the day it was done
     * @return its record
     */
    StepRecord record(ConsultationStep step, TopicPlan topic, LocalDate day) {
        ActivityPlan activity = topic.activity().orElseThrow();
        String title = "“" + topic.title() + "”";
        String organiser = activity.organiser();
        return switch (step) {
            case COLLECT_TOPIC -> StepRecord.of(step, collected(topic), sketch.office(), day);
            case DECIDE_TOPIC -> StepRecord.of(step, "经" + sketch.partyCommittee() + "审定，列入" + year + "年度协商计划（" + approvalNumber + "）",
                    sketch.office(), day);
            case WORK_PLAN -> StepRecord.of(step, "《关于开展" + title + "协商的工作方案》（" + officeNumbers.next(year) + "）", organiser, day);
            case RESEARCH -> StepRecord.of(step, "《关于" + title + "的调研报告》", organiser + "调研组", day);
            case CONSULT -> StepRecord.of(step, "《" + title + "协商会议纪要》", organiser, day);
            case DISCLOSE -> StepRecord.of(step, "《关于" + title + "协商情况的公开公示通知》", sketch.office(), day);
            case ORGANISATIONAL_DECISION -> StepRecord.decision("决策记录：" + activity.decidingOrganisation().orElseThrow()
                    + "研究采纳协商意见，明确责任单位和完成时限", sketch.office(), day, activity.decidingOrganisation().orElseThrow());
            case TRACK_IMPLEMENTATION -> StepRecord.of(step, "《" + title + "协商成果落实情况跟踪报告》", organiser, day);
        };
    }

    private String collected(TopicPlan topic) {
        return switch (topic.source()) {
            case LEADER_ASSIGNED -> sketch.level() + "委主要领导点题交办函";
            case DEPARTMENT_CHOSEN -> topic.counterpartDepartment().orElse("有关部门") + "选题建议函";
            case PROPOSED -> "委员提案和意见建议汇总表";
            case PUBLIC_CALL -> "面向社会公开征集议题汇总表";
        };
    }
}
