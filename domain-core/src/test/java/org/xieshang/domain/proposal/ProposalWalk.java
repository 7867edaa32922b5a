package org.xieshang.domain.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.member.MemberId;

/** For tests: a member's proposal walked to any status along the usual path, on working days of 2026. */
final class ProposalWalk {

    static final CommitteeId COMMITTEE = CommitteeId.generate();
    static final MemberId LEAD = MemberId.generate();
    static final MemberId CO_SIGNER = MemberId.generate();
    static final HandlingUnitId LEAD_UNIT = HandlingUnitId.generate();
    static final HandlingUnitId CO_UNIT = HandlingUnitId.generate();
    static final LocalDate SUBMITTED_ON = LocalDate.of(2026, 1, 20);
    static final LocalDate ASSIGNED_ON = LocalDate.of(2026, 3, 2);
    static final LocalDate DEADLINE = LocalDate.of(2026, 6, 5);

    private ProposalWalk() {
    }

    static Act on(LocalDate day, String actor) {
        return new Act(actor, day.atTime(10, 0).toInstant(ZoneOffset.ofHours(8)), day);
    }

    static Act office(LocalDate day) {
        return on(day, "proposal.office");
    }

    static Proposal draft() {
        return Proposal.draft(ProposalId.generate(), COMMITTEE, 2026, ProposalOrigin.PLENARY_SESSION, Proposer.member(LEAD),
                new ProposalContent("关于加快老旧小区加装电梯的建议", "老旧小区居民老龄化，上下楼困难。", "一、简化审批；二、财政补贴。",
                        ProposalCategory.URBAN_DEVELOPMENT));
    }

    static Assignment assignment(LocalDate deadline) {
        return new Assignment(HandlingMode.SEPARATE, Optional.empty(), LEAD_UNIT, List.of(CO_UNIT), deadline);
    }

    /** @return a proposal in the status, reached along the usual path */
    static Proposal in(ProposalStatus status) {
        Proposal draft = draft().inviteCoSigner(CO_SIGNER, on(SUBMITTED_ON, "lead")).answerInvitation(CO_SIGNER, true, on(SUBMITTED_ON, "co"));
        Proposal submitted = draft.submit(on(SUBMITTED_ON, "lead"));
        LocalDate reviewDay = SUBMITTED_ON.plusDays(10);
        return switch (status) {
            case DRAFT -> draft;
            case SUBMITTED -> submitted;
            case WITHDRAWN -> submitted.withdraw("重复", on(reviewDay, "lead"));
            case NOT_FILED -> submitted.refuseFiling(NotFiledReason.PERSONAL_MATTER, null, office(reviewDay));
            case CONVERTED -> submitted.convert("更宜作为社情民意信息", office(reviewDay));
            case MERGED -> submitted.mergeInto(draft().submit(on(SUBMITTED_ON, "other")), office(reviewDay));
            case FILED -> submitted.file(1, null, office(reviewDay));
            case ASSIGNED -> in(ProposalStatus.FILED).assign(assignment(DEADLINE), office(ASSIGNED_ON));
            case HANDLING -> in(ProposalStatus.ASSIGNED).acknowledge(LEAD_UNIT, office(ASSIGNED_ON.plusDays(1)));
            case ANSWERED -> in(ProposalStatus.HANDLING).countersign(CO_UNIT, "同意主办单位意见", office(LocalDate.of(2026, 5, 6)))
                    .answer(LEAD_UNIT, AnswerResult.BEING_SOLVED, "已列入今年民生实事，正在推进。", office(LocalDate.of(2026, 5, 8)));
            case RATED -> in(ProposalStatus.ANSWERED).rate(LEAD, Satisfaction.UNSATISFIED, true, "进度太慢", on(LocalDate.of(2026, 5, 15), "lead"));
            case CLOSED -> in(ProposalStatus.ANSWERED).rate(LEAD, Satisfaction.SATISFIED, true, null, on(LocalDate.of(2026, 5, 15), "lead"))
                    .close(null, office(LocalDate.of(2026, 5, 18)));
        };
    }

    static Instant instant(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.ofHours(8));
    }
}
