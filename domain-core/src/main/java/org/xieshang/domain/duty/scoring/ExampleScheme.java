package org.xieshang.domain.duty.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.RuleDefinition;

/**
 * A starting scheme for committees to edit. The pass mark of 60 comes from Yueqing (004 §12: 履职分在60分以下为
 * 不合格); the points per item are an example, since the seeds do not publish them.
 */
public final class ExampleScheme {

    private ExampleScheme() {
    }

    /** @return the example scheme: 100 at most, pass mark 60, grades 优秀 ≥ 85, 合格 ≥ 60, 不合格; never null */
    public static SchemeDraft draft() {
        List<SchemeDraft.Item> items = new ArrayList<>();
        add(items, "plenary", "出席全体会议", DutyEventKind.ATTENDED_PLENARY, "10", "20");
        add(items, "standing-meeting", "出席常委会议", DutyEventKind.ATTENDED_STANDING_MEETING, "5", "20");
        add(items, "consultation", "参加协商活动", DutyEventKind.ATTENDED_CONSULTATION, "3", "15");
        add(items, "inspection", "参加视察调研考察", DutyEventKind.ATTENDED_INSPECTION_OR_RESEARCH, "3", "15");
        add(items, "study", "参加学习活动", DutyEventKind.ATTENDED_STUDY_SESSION, "2", "6");
        add(items, "other-activity", "参加其他履职活动", DutyEventKind.ATTENDED_OTHER_ACTIVITY, "2", "6");
        add(items, "training", "参加培训", DutyEventKind.TRAINING, "5", "10");
        add(items, "proposal-lead", "领衔提案", DutyEventKind.PROPOSAL_LEAD, "5", "15");
        add(items, "proposal-cosigned", "附议提案", DutyEventKind.PROPOSAL_COSIGNED, "1", "5");
        add(items, "proposal-filed", "提案立案", DutyEventKind.PROPOSAL_FILED, "3", "9");
        add(items, "proposal-key", "重点提案", DutyEventKind.PROPOSAL_KEY, "5", "10");
        add(items, "report-submitted", "报送社情民意信息", DutyEventKind.REPORT_SUBMITTED, "2", "10");
        add(items, "report-adopted", "社情民意信息被采用", DutyEventKind.REPORT_ADOPTED, "3", "9");
        add(items, "report-upward", "社情民意信息报送上级", DutyEventKind.REPORT_FORWARDED_UPWARD, "5", "10");
        add(items, "report-instructed", "获领导批示（加分）", DutyEventKind.REPORT_INSTRUCTED, "5", "10");
        add(items, "speech-oral", "大会口头发言", DutyEventKind.SPEECH_ORAL, "5", "10");
        add(items, "speech-written", "大会书面发言", DutyEventKind.SPEECH_WRITTEN, "3", "6");
        add(items, "research-report", "调研报告", DutyEventKind.RESEARCH_REPORT, "5", "10");
        add(items, "public-contact", "联系群众", DutyEventKind.PUBLIC_CONTACT, "1", "5");
        add(items, "workstation", "下沉履职", DutyEventKind.WORKSTATION_DUTY, "2", "10");
        add(items, "commendation", "受到表彰（加分）", DutyEventKind.COMMENDATION, "5", "10");
        add(items, "unexcused", "无故缺席（扣分）", DutyEventKind.ABSENT_UNEXCUSED, "-5", "20");
        add(items, "penalty", "受到处分（扣分）", DutyEventKind.PENALTY, "-10", "30");
        return new SchemeDraft(items, Points.ZERO, Optional.of(Points.of(100)), Points.of(60),
                List.of(new GradeBand("优秀", Points.of(85)), new GradeBand("合格", Points.of(60)), new GradeBand("不合格", Points.ZERO)),
                Optional.empty());
    }

    private static void add(List<SchemeDraft.Item> items, String code, String label, DutyEventKind kind, String points, String cap) {
        items.add(new SchemeDraft.Item(code, label, RuleDefinition.of(PerEventRule.TYPE, "kind", kind.name(), "points", points, "cap", cap)));
    }
}
