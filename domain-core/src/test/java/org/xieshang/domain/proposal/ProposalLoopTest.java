package org.xieshang.domain.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.calendar.CommitteeCalendars;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.committee.HandlingUnitKind;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.DutyWorld;
import org.xieshang.domain.inmemory.InMemoryHandlingUnits;
import org.xieshang.domain.inmemory.InMemoryProposals;
import org.xieshang.domain.inmemory.InMemoryWorkingCalendars;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.notification.Notice;
import org.xieshang.domain.notification.Recipient;
import org.xieshang.domain.testkit.DomainErrors;

/** Proposals from submission to answer and satisfaction through the three desks, on in-memory storage and the 2026 calendar. */
class ProposalLoopTest {

    private final DutyWorld world = new DutyWorld();
    private final InMemoryProposals proposals = new InMemoryProposals();
    private final InMemoryHandlingUnits units = new InMemoryHandlingUnits();
    private final List<Notice> notices = new ArrayList<>();
    private final ProposerDesk proposers = new ProposerDesk(proposals, world.storage.members(), notices::add, world.clock);
    private final CommitteeCalendars calendars = new CommitteeCalendars(new InMemoryWorkingCalendars());
    private final ProposalOffice office = new ProposalOffice(proposals, units, calendars,
            HandlingPeriods.DEFAULTS, world.recorder, ProposalConversions.none(), notices::add, world.clock);
    private final UnitDesk desk = new UnitDesk(proposals, notices::add, world.clock);
    private final Member lead = world.member("林晓燕", LocalDate.of(2022, 1, 10), false);
    private final Member coSigner = world.member("王海涛", LocalDate.of(2022, 1, 10), false);
    private final HandlingUnitId education = unit("青川市教育局");
    private final HandlingUnitId finance = unit("青川市财政局");

    @Test
    void a_proposal_goes_from_submission_to_a_satisfied_closure() {
        Proposal proposal = submittedWithCoSigner();
        at(2026, 2, 2);
        proposal = office.file(proposal.id(), proposal.version(), null, "proposal.office");
        assertThat(proposal.number()).contains(1);
        assertThat(credits(lead)).containsExactlyInAnyOrder(DutyEventKind.PROPOSAL_LEAD, DutyEventKind.PROPOSAL_FILED);
        assertThat(credits(coSigner)).containsExactly(DutyEventKind.PROPOSAL_COSIGNED);

        at(2026, 3, 2);
        proposal = office.assign(proposal.id(), proposal.version(), HandlingMode.SEPARATE, education, List.of(finance), Optional.empty(),
                "proposal.office");
        // 65 working days from Monday 2 March 2026: 21 in March, 21 in April (Qingming off), 19 in May (1–5 May off,
        // Saturday 9 May worked), and 4 June the 65th.
        assertThat(proposal.deadline()).contains(LocalDate.of(2026, 6, 4));
        assertThat(notices).extracting(Notice::recipient).contains(Recipient.unit(education), Recipient.unit(finance));

        at(2026, 3, 3);
        proposal = desk.acknowledge(proposal.id(), proposal.version(), education, "unit.education");
        assertThat(proposal.status()).isEqualTo(ProposalStatus.HANDLING);
        proposal = desk.logCommunication(proposal.id(), proposal.version(), new Communication(education, CommunicationPhase.BEFORE,
                CommunicationMethod.MEETING, LocalDate.of(2026, 3, 3), "与提案人面商办理方案"), "unit.education");
        long beforeAnswer = proposal.version();
        ProposalId id = proposal.id();
        assertThat(DomainErrors.codeOf(() -> desk.answer(id, beforeAnswer, education, AnswerResult.SOLVED, "已解决",
                "unit.education"))).isEqualTo("proposal.answer.countersign-missing");
        assertThat(proposals.require(proposal.id()).version()).as("nothing written").isEqualTo(beforeAnswer);

        at(2026, 5, 20);
        proposal = desk.countersign(proposal.id(), proposal.version(), finance, "已安排专项资金", "unit.finance");
        proposal = desk.answer(proposal.id(), proposal.version(), education, AnswerResult.SOLVED, "已纳入年度民生实事并完成。", "unit.education");
        assertThat(proposal.status()).isEqualTo(ProposalStatus.ANSWERED);
        assertThat(proposal.handling().orElseThrow().currentAnswer().orElseThrow().onTime()).isTrue();
        assertThat(notices).extracting(Notice::recipient, Notice::code).contains(
                org.assertj.core.groups.Tuple.tuple(Recipient.member(lead.id()), "notice.proposal.status"),
                org.assertj.core.groups.Tuple.tuple(Recipient.member(coSigner.id()), "notice.proposal.status"));

        at(2026, 5, 25);
        long answered = proposal.version();
        assertThat(DomainErrors.codeOf(() -> proposers.rate(id, answered, coSigner.id(), Satisfaction.SATISFIED, true, null,
                "co"))).isEqualTo("proposal.rating.not-proposer");
        proposal = proposers.rate(proposal.id(), proposal.version(), lead.id(), Satisfaction.SATISFIED, true, null, "lead");
        proposal = office.close(proposal.id(), proposal.version(), null, "proposal.office");

        assertThat(proposal.status()).isEqualTo(ProposalStatus.CLOSED);
        assertThat(proposal.history()).extracting(Transition::action).containsExactly(ProposalAction.INVITE_CO_SIGNER,
                ProposalAction.ANSWER_INVITATION, ProposalAction.SUBMIT, ProposalAction.FILE, ProposalAction.ASSIGN, ProposalAction.ACKNOWLEDGE,
                ProposalAction.LOG_COMMUNICATION, ProposalAction.COUNTERSIGN, ProposalAction.ANSWER, ProposalAction.RATE, ProposalAction.CLOSE);
        ProposalStatistics statistics = ProposalStatistics.of(proposals.all(ProposalQuery.of(world.committee.id(), 2026)), LocalDate.of(2026, 5, 25));
        assertThat(statistics.committee().coverage()).isEqualTo(1.0);
        assertThat(statistics.units()).filteredOn(u -> u.unitId().equals(education)).singleElement()
                .satisfies(u -> assertThat(u.answeredOnTime()).isOne())
                .satisfies(u -> assertThat(u.satisfactionRate()).isEqualTo(1.0));
    }

    @Test
    void an_unsatisfied_proposer_sends_the_answer_back_for_a_second_round() {
        Proposal proposal = answered(AnswerResult.FOR_REFERENCE);
        at(2026, 6, 10);
        proposal = proposers.rate(proposal.id(), proposal.version(), lead.id(), Satisfaction.UNSATISFIED, false, "未与提案人沟通", "lead");
        proposal = office.rehandle(proposal.id(), proposal.version(), Optional.empty(), "请与提案人面商后重新答复", "proposal.office");

        assertThat(proposal.status()).isEqualTo(ProposalStatus.HANDLING);
        assertThat(proposal.handling().orElseThrow().round()).isEqualTo(2);
        // 22 working days from 10 June, the Dragon Boat Festival (19 June) not counted.
        assertThat(proposal.deadline()).contains(LocalDate.of(2026, 7, 13));
        long second = proposal.version();
        ProposalId id = proposal.id();
        assertThat(DomainErrors.codeOf(() -> desk.answer(id, second, education, AnswerResult.PLANNED, "列入明年计划",
                "unit.education"))).as("the co-unit countersigns again").isEqualTo("proposal.answer.countersign-missing");
        proposal = desk.countersign(proposal.id(), proposal.version(), finance, "明年预算安排", "unit.finance");
        proposal = desk.answer(proposal.id(), proposal.version(), education, AnswerResult.PLANNED, "列入明年计划。", "unit.education");
        proposal = proposers.rate(proposal.id(), proposal.version(), lead.id(), Satisfaction.BASICALLY_SATISFIED, true, null, "lead");
        proposal = office.close(proposal.id(), proposal.version(), null, "proposal.office");

        assertThat(proposal.handling().orElseThrow().answers()).extracting(Answer::round).containsExactly(1, 2);
        assertThat(proposal.handling().orElseThrow().ratings()).extracting(Rating::satisfaction)
                .containsExactly(Satisfaction.UNSATISFIED, Satisfaction.BASICALLY_SATISFIED);
    }

    @Test
    void bad_input_is_refused_and_nothing_is_written() {
        Proposal submitted = submittedWithCoSigner();
        at(2026, 2, 2);
        long version = submitted.version();
        assertThat(DomainErrors.codeOf(() -> desk.answer(submitted.id(), version, education, AnswerResult.SOLVED, "答复", "unit")))
                .as("answering before assignment").isEqualTo("proposal.action.not-allowed");
        Proposal filed = office.file(submitted.id(), version, null, "proposal.office");
        at(2026, 3, 2);
        assertThat(DomainErrors.raisedBy(() -> office.assign(filed.id(), filed.version(), HandlingMode.SEPARATE, education, List.of(),
                Optional.of(LocalDate.of(2026, 5, 1)), "proposal.office")))
                .as("a deadline on Labour Day").satisfies(e -> assertThat(e.code()).isEqualTo("calendar.not-working-day"))
                .satisfies(e -> assertThat(e.field()).contains("deadline"));
        Proposal assigned = office.assign(filed.id(), filed.version(), HandlingMode.SEPARATE, education, List.of(), Optional.of(LocalDate.of(2026,
                5, 6)), "proposal.office");
        assertThat(DomainErrors.codeOf(() -> desk.acknowledge(assigned.id(), assigned.version(), finance, "unit.finance")))
                .as("a unit it is not assigned to").isEqualTo("proposal.unit.not-assigned");
        assertThat(proposals.require(assigned.id())).isEqualTo(assigned);
    }

    @Test
    void common_proposals_are_assigned_as_one_bundle_and_extensions_need_approval() {
        at(2026, 1, 20);
        Map<ProposalId, Long> versions = new LinkedHashMap<>();
        for (String title : List.of("关于校园周边交通安全的建议", "关于中小学上下学接送秩序的建议")) {
            Proposal p = proposers.draft(world.committee.id(), 2026, ProposalOrigin.PLENARY_SESSION, Proposer.member(lead.id()),
                    new ProposalContent(title, "现状", "建议", ProposalCategory.EDUCATION_SCIENCE));
            p = proposers.submit(p.id(), p.version(), "lead");
            p = office.file(p.id(), p.version(), null, "proposal.office");
            versions.put(p.id(), p.version());
        }
        at(2026, 3, 2);
        List<Proposal> bundle = office.assignBundle(versions, education, List.of(finance), Optional.empty(), "proposal.office");
        BundleId bundleId = bundle.get(0).handling().orElseThrow().bundle().orElseThrow();
        assertThat(proposals.inBundle(bundleId)).hasSize(2).allSatisfy(p -> assertThat(p.deadline()).contains(LocalDate.of(2026, 6, 4)));

        Proposal first = desk.acknowledge(bundle.get(0).id(), bundle.get(0).version(), education, "unit.education");
        first = desk.requestExtension(first.id(), first.version(), education, 10, "需市区两级协调", "unit.education");
        assertThat(new ProposalAlerts(HandlingPeriods.DEFAULTS).of(List.of(first), LocalDate.of(2026, 3, 3), calendars.calendarOf(world.committee.id())))
                .extracting(Alert::kind).contains(AlertKind.EXTENSION_PENDING);
        first = office.decideExtension(first.id(), first.version(), true, null, "proposal.office");
        assertThat(first.deadline()).contains(LocalDate.of(2026, 6, 18)); // ten working days after 4 June
        assertThat(first.handling().orElseThrow().extensions()).singleElement().satisfies(e -> assertThat(e.decidedBy()).isEqualTo("proposal.office"));
    }

    private Proposal submittedWithCoSigner() {
        at(2026, 1, 20);
        Proposal proposal = proposers.draft(world.committee.id(), 2026, ProposalOrigin.PLENARY_SESSION, Proposer.member(lead.id()),
                new ProposalContent("关于推进义务教育优质均衡发展的建议", "城乡学校差距仍然较大。", "一、教师轮岗；二、集团化办学。",
                        ProposalCategory.EDUCATION_SCIENCE));
        proposal = proposers.inviteCoSigner(proposal.id(), proposal.version(), coSigner.id(), "lead");
        proposal = proposers.answerInvitation(proposal.id(), proposal.version(), coSigner.id(), true, "co");
        return proposers.submit(proposal.id(), proposal.version(), "lead");
    }

    private Proposal answered(AnswerResult result) {
        Proposal proposal = submittedWithCoSigner();
        at(2026, 2, 2);
        proposal = office.file(proposal.id(), proposal.version(), null, "proposal.office");
        at(2026, 3, 2);
        proposal = office.assign(proposal.id(), proposal.version(), HandlingMode.JOINT, education, List.of(finance), Optional.empty(), "office");
        proposal = desk.acknowledge(proposal.id(), proposal.version(), education, "unit.education");
        proposal = desk.countersign(proposal.id(), proposal.version(), finance, "同意", "unit.finance");
        at(2026, 6, 8);
        proposal = desk.answer(proposal.id(), proposal.version(), education, result, "留作参考。", "unit.education");
        assertThat(proposal.handling().orElseThrow().currentAnswer().orElseThrow().onTime()).as("two working days late").isFalse();
        return proposal;
    }

    private List<DutyEventKind> credits(Member member) {
        return world.duty.events().ofMember(member.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).stream().map(DutyEvent::kind).toList();
    }

    private HandlingUnitId unit(String name) {
        return units.save(HandlingUnit.register(HandlingUnitId.generate(), world.committee.id(), name, HandlingUnitKind.GOVERNMENT_DEPARTMENT, null,
                null)).id();
    }

    private void at(int year, int month, int day) {
        world.clock.setTo(LocalDateTime.of(year, month, day, 9, 0));
    }
}
