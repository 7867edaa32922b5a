package org.xieshang.app.interfaces.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.proposal.Act;
import org.xieshang.domain.proposal.AnswerResult;
import org.xieshang.domain.proposal.Assignment;
import org.xieshang.domain.proposal.FilingDecision;
import org.xieshang.domain.proposal.HandlingMode;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalCategory;
import org.xieshang.domain.proposal.ProposalContent;
import org.xieshang.domain.proposal.ProposalId;
import org.xieshang.domain.proposal.ProposalOrigin;
import org.xieshang.domain.proposal.ProposalStatus;
import org.xieshang.domain.proposal.Proposer;
import org.xieshang.domain.proposal.Satisfaction;

class ProposalRegisterLineTest {

    private static final MemberId LEAD = MemberId.generate();
    private static final MemberId SIGNED = MemberId.generate();
    private static final MemberId DECLINED = MemberId.generate();
    private static final HandlingUnitId LEAD_UNIT = HandlingUnitId.generate();
    private static final HandlingUnitId CO_UNIT = HandlingUnitId.generate();
    private static final Map<Object, String> NAMES = Map.of(LEAD, "张三", SIGNED, "李四", DECLINED, "王五", LEAD_UNIT, "市住房和城乡建设局", CO_UNIT,
            "市财政局");
    private static final LocalDate DEADLINE = LocalDate.of(2026, 6, 5);
    private static final LocalDate SECOND_DEADLINE = LocalDate.of(2026, 7, 31);

    private static Act on(LocalDate day) {
        return new Act("test", day.atTime(10, 0).toInstant(ZoneOffset.ofHours(8)), day);
    }

    private static Proposal filed() {
        LocalDate submittedOn = LocalDate.of(2026, 1, 20);
        return Proposal.draft(ProposalId.generate(), CommitteeId.generate(), 2026, ProposalOrigin.PLENARY_SESSION, Proposer.member(LEAD),
                        new ProposalContent("关于加快老旧小区加装电梯的建议", "老旧小区居民老龄化，上下楼困难。", "一、简化审批；二、财政补贴。",
                                ProposalCategory.URBAN_DEVELOPMENT))
                .inviteCoSigner(SIGNED, on(submittedOn)).answerInvitation(SIGNED, true, on(submittedOn))
                .inviteCoSigner(DECLINED, on(submittedOn)).answerInvitation(DECLINED, false, on(submittedOn))
                .submit(on(submittedOn)).file(7, null, on(LocalDate.of(2026, 1, 30)));
    }

    /** Answered, rated unsatisfied and sent back for a second round with a new deadline. */
    private static Proposal inSecondRound() {
        Assignment assignment = new Assignment(HandlingMode.SEPARATE, Optional.empty(), LEAD_UNIT, List.of(CO_UNIT), DEADLINE);
        return filed().assign(assignment, on(LocalDate.of(2026, 3, 2)))
                .acknowledge(LEAD_UNIT, on(LocalDate.of(2026, 3, 3)))
                .countersign(CO_UNIT, "同意", on(LocalDate.of(2026, 5, 6)))
                .answer(LEAD_UNIT, AnswerResult.BEING_SOLVED, "正在推进。", on(LocalDate.of(2026, 5, 8)))
                .rate(LEAD, Satisfaction.UNSATISFIED, true, "进度太慢", on(LocalDate.of(2026, 5, 15)))
                .rehandle(SECOND_DEADLINE, "请明确时间表", on(LocalDate.of(2026, 5, 18)));
    }

    private static ProposalRegisterLine line(Proposal proposal, LocalDate today) {
        return ProposalRegisterLine.of(proposal, NAMES::get, NAMES::get, today);
    }

    @Test
    void a_line_names_the_lead_and_only_the_members_who_co_signed() {
        ProposalRegisterLine line = line(filed(), LocalDate.of(2026, 2, 1));

        assertThat(line.number()).isEqualTo(7);
        assertThat(line.proposer()).isEqualTo("张三");
        assertThat(line.coSigners()).containsExactly("李四");
        assertThat(line.status()).isEqualTo(ProposalStatus.FILED);
        assertThat(line.filing()).isEqualTo(FilingDecision.FILED);
        assertThat(line.leadUnit()).isNull();
        assertThat(line.coUnits()).isEmpty();
        assertThat(line.deadline()).isNull();
        assertThat(line.overdue()).isFalse();
    }

    @Test
    void in_a_second_round_the_line_keeps_the_first_answer_and_the_rating_that_sent_it_back() {
        ProposalRegisterLine line = line(inSecondRound(), LocalDate.of(2026, 6, 1));

        assertThat(line.status()).isEqualTo(ProposalStatus.HANDLING);
        assertThat(line.leadUnit()).isEqualTo("市住房和城乡建设局");
        assertThat(line.coUnits()).containsExactly("市财政局");
        assertThat(line.deadline()).isEqualTo(SECOND_DEADLINE);
        assertThat(line.answeredOn()).isEqualTo(LocalDate.of(2026, 5, 8));
        assertThat(line.result()).isEqualTo(AnswerResult.BEING_SOLVED);
        assertThat(line.rating()).isEqualTo(Satisfaction.UNSATISFIED);
        assertThat(line.key()).isFalse();
    }

    @Test
    void the_overdue_flag_is_the_proposals_own_on_the_day_given() {
        Proposal proposal = inSecondRound();

        assertThat(line(proposal, SECOND_DEADLINE).overdue()).isFalse();
        assertThat(line(proposal, SECOND_DEADLINE.plusDays(1)).overdue()).isTrue();
    }
}
