package org.xieshang.domain.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.proposal.Act;
import org.xieshang.domain.proposal.AnswerResult;
import org.xieshang.domain.proposal.Assignment;
import org.xieshang.domain.proposal.BundleId;
import org.xieshang.domain.proposal.Communication;
import org.xieshang.domain.proposal.CommunicationMethod;
import org.xieshang.domain.proposal.CommunicationPhase;
import org.xieshang.domain.proposal.ExtensionRequest;
import org.xieshang.domain.proposal.HandlingMode;
import org.xieshang.domain.proposal.ImplementationGrade;
import org.xieshang.domain.proposal.KeyDesignation;
import org.xieshang.domain.proposal.NotFiledReason;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalCategory;
import org.xieshang.domain.proposal.ProposalContent;
import org.xieshang.domain.proposal.ProposalId;
import org.xieshang.domain.proposal.ProposalOrigin;
import org.xieshang.domain.proposal.ProposalQuery;
import org.xieshang.domain.proposal.ProposalStatus;
import org.xieshang.domain.proposal.Proposals;
import org.xieshang.domain.proposal.Proposer;
import org.xieshang.domain.proposal.Satisfaction;
import org.xieshang.domain.proposal.Supervision;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.PageRequest;

/**
 * What every adapter of {@link Proposals} must do: keep a proposal with everything that happened to it, refuse stale
 * writes and a filing number taken in the year, and list by every filter in the register's order.
 */
public abstract class ProposalsContract extends StorageContract {

    private static final MemberId LEAD = MemberId.generate();
    private static final MemberId CO_SIGNER = MemberId.generate();
    private static final HandlingUnitId LEAD_UNIT = HandlingUnitId.generate();
    private static final HandlingUnitId CO_UNIT = HandlingUnitId.generate();

    /** @return the adapter's proposal port, on the same storage as {@link #storage()}; never null */
    protected abstract Proposals proposals();

    @Test
    void a_proposal_is_kept_with_everything_that_happened_to_it() {
        CommitteeId committee = storedCommittee().id();
        Proposal lived = lived(committee, 1);
        Proposal stored = proposals().save(lived);

        assertThat(proposals().find(stored.id())).contains(stored);
        assertThat(stored.version()).isPositive();
        Proposal back = proposals().require(stored.id());
        assertThat(back.handling().orElseThrow().answers()).hasSize(2);
        assertThat(back.history()).isEqualTo(lived.history());
        assertThat(back.key()).isEqualTo(lived.key());
        assertThat(back.withVersion(0)).isEqualTo(lived.withVersion(0));
    }

    @Test
    void a_stale_write_and_a_number_taken_that_year_are_refused() {
        CommitteeId committee = storedCommittee().id();
        Proposal first = proposals().save(filed(committee, "甲", 1));
        Proposal changed = proposals().save(first.designateKey(new KeyDesignation(List.of("市长"), List.of(), day(3, 1)), act(day(3, 1))));
        assertThatThrownBy(() -> proposals().save(first.assign(assignment(day(5, 29), Optional.empty()), act(day(3, 2)))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> proposals().save(filed(committee, "乙", 1))).isInstanceOf(DuplicateException.class);
        assertThat(proposals().require(first.id())).isEqualTo(changed);
        assertThat(proposals().save(filed(storedCommittee().id(), "丙", 1)).number()).as("another committee's number 1").contains(1);
        assertThat(proposals().highestNumber(committee, 2026)).isEqualTo(1);
        assertThat(proposals().highestNumber(committee, 2025)).isZero();
    }

    @Test
    void the_register_lists_by_number_and_filters_by_status_unit_member_key_category_and_overdue() {
        CommitteeId committee = storedCommittee().id();
        Proposal answered = proposals().save(lived(committee, 3));
        Proposal assigned = proposals().save(filed(committee, "关于菜市场改造的建议", 2).assign(new Assignment(HandlingMode.SEPARATE, Optional.empty(),
                LEAD_UNIT, List.of(), day(4, 30)), act(day(3, 2))));
        Proposal unfiled = proposals().save(submitted(committee, "关于停车难的建议").refuseFiling(NotFiledReason.PERSONAL_MATTER, null, act(day(2, 2))));
        Proposal draft = proposals().save(draft(committee, "草稿"));

        assertThat(proposals().all(ProposalQuery.of(committee, 2026))).extracting(Proposal::id)
                .startsWith(assigned.id(), answered.id()).containsExactlyInAnyOrder(assigned.id(), answered.id(), unfiled.id(), draft.id());
        assertThat(proposals().all(ProposalQuery.of(committee, 2026).inStatus(Set.of(ProposalStatus.NOT_FILED, ProposalStatus.DRAFT))))
                .extracting(Proposal::id).containsExactlyInAnyOrder(unfiled.id(), draft.id());
        assertThat(proposals().all(ProposalQuery.of(committee, 2026).assignedTo(CO_UNIT))).extracting(Proposal::id).containsExactly(answered.id());
        assertThat(proposals().all(ProposalQuery.of(committee, 2026).assignedTo(LEAD_UNIT))).hasSize(2);
        assertThat(proposals().all(ProposalQuery.of(committee, 2026).concerning(CO_SIGNER))).extracting(Proposal::id).containsExactly(answered.id());
        assertThat(proposals().all(ProposalQuery.of(committee, 2026).concerning(LEAD))).hasSize(4);
        assertThat(proposals().all(ProposalQuery.of(committee, 2026).onlyKey())).extracting(Proposal::id).containsExactly(answered.id());
        assertThat(proposals().all(ProposalQuery.of(committee, 2026).inCategory(ProposalCategory.ECOLOGY))).isEmpty();
        assertThat(proposals().all(ProposalQuery.of(committee, 2026).overdueOn(day(5, 6)))).extracting(Proposal::id).containsExactly(assigned.id());
        assertThat(proposals().all(ProposalQuery.of(committee, 2026).overdueOn(day(4, 30)))).isEmpty();
        assertThat(proposals().all(ProposalQuery.of(committee, 2025))).isEmpty();

        var page = proposals().search(ProposalQuery.of(committee, 2026), PageRequest.of(1, 3));
        assertThat(page.totalElements()).isEqualTo(4);
        assertThat(page.items()).hasSize(1);
    }

    @Test
    void a_bundle_lists_its_proposals() {
        CommitteeId committee = storedCommittee().id();
        BundleId bundle = BundleId.generate();
        Assignment together = assignment(day(5, 29), Optional.of(bundle));
        Proposal one = proposals().save(filed(committee, "一", 4).assign(together, act(day(3, 2))));
        Proposal two = proposals().save(filed(committee, "二", 5).assign(together, act(day(3, 2))));
        proposals().save(filed(committee, "三", 6));

        assertThat(proposals().inBundle(bundle)).extracting(Proposal::id).containsExactly(one.id(), two.id());
        assertThat(proposals().inBundle(BundleId.generate())).isEmpty();
    }

    private static Proposal draft(CommitteeId committee, String title) {
        return Proposal.draft(ProposalId.generate(), committee, 2026, ProposalOrigin.PLENARY_SESSION, Proposer.member(LEAD),
                new ProposalContent(title, "现状与问题：“引号”、换行\n和 \\ 反斜杠都要原样保存。", "一、建议。", ProposalCategory.URBAN_DEVELOPMENT));
    }

    private static Proposal submitted(CommitteeId committee, String title) {
        return draft(committee, title).submit(act(day(1, 20)));
    }

    private static Proposal filed(CommitteeId committee, String title, int number) {
        return submitted(committee, title).file(number, null, act(day(2, 2)));
    }

    private static Assignment assignment(LocalDate deadline, Optional<BundleId> bundle) {
        return new Assignment(bundle.isPresent() ? HandlingMode.BUNDLED : HandlingMode.JOINT, bundle, LEAD_UNIT, List.of(CO_UNIT), deadline);
    }

    /** A member's proposal with a co-signer, through two rounds of handling, rated, closed and graded. */
    private static Proposal lived(CommitteeId committee, int number) {
        Proposal p = draft(committee, "关于加强社区养老服务的建议");
        p = p.inviteCoSigner(CO_SIGNER, act(day(1, 19))).answerInvitation(CO_SIGNER, true, act(day(1, 19))).submit(act(day(1, 20)));
        p = p.file(number, "请有关单位认真办理", act(day(2, 2)));
        p = p.designateKey(new KeyDesignation(List.of("市委书记", "市长"), List.of("市政协主席"), day(2, 3)), act(day(2, 3)));
        p = p.assign(assignment(day(6, 4), Optional.empty()), act(day(3, 2)));
        p = p.acknowledge(LEAD_UNIT, act(day(3, 3))).acknowledge(CO_UNIT, act(day(3, 4)));
        p = p.logCommunication(new Communication(LEAD_UNIT, CommunicationPhase.BEFORE, CommunicationMethod.MEETING, day(3, 5), "面商"), act(day(3, 5)));
        p = p.requestExtension(LEAD_UNIT, new ExtensionRequest(10, "需调研", day(5, 20)), act(day(5, 20)));
        p = p.decideExtension(day(6, 18), null, act(day(5, 21)));
        p = p.countersign(CO_UNIT, "同意", act(day(6, 1))).answer(LEAD_UNIT, AnswerResult.PLANNED, "列入计划。", act(day(6, 2)));
        p = p.rate(LEAD, Satisfaction.UNSATISFIED, false, "未见行动", act(day(6, 8)));
        p = p.rehandle(day(7, 10), "再办", act(day(6, 9)));
        p = p.countersign(CO_UNIT, "同意第二轮", act(day(7, 1))).answer(LEAD_UNIT, AnswerResult.SOLVED, "已解决。", act(day(7, 2)));
        p = p.logCommunication(new Communication(CO_UNIT, CommunicationPhase.AFTER, CommunicationMethod.PHONE, day(7, 3), "回访"), act(day(7, 3)));
        p = p.rate(LEAD, Satisfaction.SATISFIED, true, null, act(day(7, 6))).close("办结", act(day(7, 7)));
        return p.gradeImplementation(new Supervision(ImplementationGrade.A, "市委督查室", Optional.of("已落实"), day(9, 1)), act(day(9, 1)));
    }

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    private static Act act(LocalDate on) {
        return new Act("proposal.office", on.atTime(9, 30).toInstant(ZoneOffset.ofHours(8)), on);
    }
}
