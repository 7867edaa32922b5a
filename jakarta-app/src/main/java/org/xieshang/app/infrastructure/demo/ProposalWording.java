package org.xieshang.app.infrastructure.demo;

import org.xieshang.domain.proposal.AnswerResult;
import org.xieshang.domain.proposal.CommunicationPhase;
import org.xieshang.domain.proposal.ImplementationGrade;
import org.xieshang.domain.proposal.NotFiledReason;
import org.xieshang.domain.proposal.Satisfaction;

/**
 * What the demo's staff, units and members write on the way: notes, answers, countersigns, contacts and ratings, in
 * the words such documents use, with the proposal's subject and the committee's region put in. Immutable.
 */
final class ProposalWording {

    private final String region;

    /** @param region the committee's region, such as 澄湖市, whose government's supervision office grades proposals */
    ProposalWording(String region) {
        this.region = region;
    }

    String withdrawal() {
        return "所提问题已通过其他渠道反映并得到解决，申请撤回。";
    }

    String revisionAsked() {
        return "案由不够充分，请补充调研情况和数据后重新提交。";
    }

    String revisedGrounds(String grounds) {
        return grounds + "经补充调研，相关问题在走访的社区和企业中普遍存在，群众反映较为集中。";
    }

    String refusal(NotFiledReason reason) {
        return switch (reason) {
            case OUTSIDE_REMIT -> "所提事项不属于本级政协提案受理范围，建议通过其他渠道反映。";
            case STATE_SECRETS -> "所提事项涉及国家秘密，按规定不予立案。";
            case LEGAL_CASE -> "所提事项涉及具体司法个案，按规定不予立案，建议通过法律途径解决。";
            case PERSONAL_MATTER -> "所提事项属于个人事务，按规定不予立案，已转有关部门依法处理。";
            case INTERNAL_AFFAIRS -> "所提事项属于党派团体内部事务，按规定不予立案。";
            case NO_CONCRETE_SUGGESTION -> "内容较为原则，缺乏具体可行的建议，不予立案。";
            case ALREADY_ANSWERED -> "同类问题已有明确答复并正在落实，无新情况新建议，不予立案。";
            case OTHER -> "经审查不予立案。";
        };
    }

    String conversion() {
        return "所反映的是具体个案情况，更宜作为社情民意信息反映。";
    }

    String communication(CommunicationPhase phase, String title) {
        return switch (phase) {
            case BEFORE -> "与提案人面商办理方案，就" + subject(title) + "交换意见，明确办理思路。";
            case DURING -> "向提案人通报办理进展，听取补充意见和建议。";
            case AFTER -> "答复后征求提案人意见，提案人对办理工作表示理解。";
        };
    }

    String extensionReason() {
        return "所提事项涉及多部门协调和年度资金安排，需延期办理。";
    }

    String extensionDecision(boolean granted) {
        return granted ? "同意延期，请在延长期限内答复。" : "办理期限内应先行答复，后续进展可补充报告。";
    }

    String countersign(String unit, String title) {
        return unit + "会签意见：我单位积极配合" + subject(title) + "相关工作，职责范围内的措施已纳入主办单位答复。";
    }

    String answer(AnswerResult result, String title) {
        String opening = "感谢您对" + home() + "工作的关心和支持。关于" + subject(title) + "，";
        return opening + switch (result) {
            case SOLVED -> "您提出的建议已全部采纳，相关措施已落实到位，并将建立长效机制。";
            case BEING_SOLVED -> "您提出的建议已纳入年度重点工作，目前正在推进，预计年内取得阶段性成效。";
            case PLANNED -> "您提出的建议已列入下一年度工作计划，将结合财力分步实施。";
            case FOR_REFERENCE -> "受政策和资金等条件限制，您提出的建议目前暂难实施，我们将作为今后工作的参考。";
        };
    }

    /** @return what the proposer adds; the domain requires a reason with an unsatisfied rating */
    String ratingComment(Satisfaction satisfaction) {
        return switch (satisfaction) {
            case SATISFIED -> null;
            case BASICALLY_SATISFIED -> "希望加快推进进度，及时反馈落实情况。";
            case UNSATISFIED -> "答复未提出明确的时间表和具体措施，希望进一步研究。";
        };
    }

    String rehandling() {
        return "提案人对答复不满意，请进一步研究，明确措施和时间表。";
    }

    String closure() {
        return "办理完毕，提案人已评价。";
    }

    String supervisor() {
        return region + "人民政府督查室";
    }

    String supervisionNote(ImplementationGrade grade) {
        return switch (grade) {
            case A -> "建议已落实，成效明显。";
            case B -> "建议部分落实，相关工作正在推进。";
            case C -> "建议尚未落实，请承办单位加大工作力度。";
        };
    }

    /** @return 我市 for a city, 我县 for a county: how its units speak of their region */
    private String home() {
        return "我" + region.substring(region.length() - 1);
    }

    /** 关于加强城市内涝治理的建议 → 加强城市内涝治理. */
    private static String subject(String title) {
        String subject = title.startsWith("关于") ? title.substring(2) : title;
        return subject.endsWith("的建议") ? subject.substring(0, subject.length() - 3) : subject;
    }
}
