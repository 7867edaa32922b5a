package org.xieshang.domain.duty.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.activity.ActivityKind;
import org.xieshang.domain.activity.Audience;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.DutyWorld;
import org.xieshang.domain.duty.discipline.DisciplinePreset;
import org.xieshang.domain.duty.discipline.Finding;
import org.xieshang.domain.duty.discipline.FindingKind;
import org.xieshang.domain.duty.discipline.FindingOutcome;
import org.xieshang.domain.duty.discipline.FindingQuery;
import org.xieshang.domain.duty.scoring.AnnualScore;
import org.xieshang.domain.duty.scoring.ExampleScheme;
import org.xieshang.domain.duty.scoring.Points;
import org.xieshang.domain.duty.scoring.SchemeDraft;
import org.xieshang.domain.duty.scoring.ScoreTrace;
import org.xieshang.domain.member.DecisionId;
import org.xieshang.domain.member.DecisionKind;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.PageRequest;

/** Evaluating years end to end under the Yueqing preset, on in-memory storage. */
class DutyAssessmentTest {

    private final DutyWorld world = new DutyWorld();
    private Member active;
    private Member idle;

    @BeforeEach
    void aCommitteeUnderTheYueqingPreset() {
        active = world.member("张伟", LocalDate.of(2022, 1, 10), false);
        idle = world.member("李娜", LocalDate.of(2022, 1, 10), false);
        world.assessment.adoptPreset(world.committee.id(), 0, DisciplinePreset.YUEQING);
        for (int year : List.of(2023, 2024)) {
            DutyActivity plenary = world.meeting(ActivityKind.PLENARY_SESSION, LocalDate.of(year, 1, 12), Audience.allMembers(true));
            world.attendance(plenary, Map.of(active.id(), true, idle.id(), false));
            DutyActivity training = world.meeting(ActivityKind.TRAINING, LocalDate.of(year, 4, 8), Audience.allMembers(true));
            world.attendance(training, Map.of(active.id(), true, idle.id(), true));
            for (int month = 2; month <= 11; month++) {
                world.event(active.id(), DutyEventKind.PROPOSAL_COSIGNED, LocalDate.of(year, month, 3));
                world.event(active.id(), DutyEventKind.ATTENDED_CONSULTATION, LocalDate.of(year, month, 5));
                world.event(active.id(), DutyEventKind.PUBLIC_CONTACT, LocalDate.of(year, month, 7));
                world.event(active.id(), DutyEventKind.WORKSTATION_DUTY, LocalDate.of(year, month, 9));
            }
            world.event(active.id(), DutyEventKind.SPEECH_ORAL, LocalDate.of(year, 1, 13));
            world.event(active.id(), DutyEventKind.RESEARCH_REPORT, LocalDate.of(year, 6, 1));
            world.clock.setTo(LocalDate.of(year, 12, 20).atTime(9, 0));
            world.assessment.reviseScheme(world.committee.id(), 13, year, 0, ExampleScheme.draft(), "dutyfile.demo");
        }
    }

    @Test
    void two_failing_years_in_the_term_raise_an_order_to_resign_once() {
        world.clock.setTo(LocalDate.of(2024, 1, 6).atTime(9, 0));
        EvaluationSummary y2023 = world.assessment.evaluate(world.committee.id(), 13, 2023);
        world.clock.setTo(LocalDate.of(2025, 1, 6).atTime(9, 0));
        EvaluationSummary y2024 = world.assessment.evaluate(world.committee.id(), 13, 2024);
        EvaluationSummary again = world.assessment.evaluate(world.committee.id(), 13, 2024);

        assertThat(score(y2023, active)).isEqualTo(Points.of(60));
        assertThat(score(y2023, idle)).isEqualTo(Points.of(0));
        assertThat(y2023.newFindings()).extracting(Finding::kind).containsExactly(FindingKind.REMINDER_TALK);
        assertThat(y2024.newFindings()).extracting(Finding::kind).containsExactlyInAnyOrder(FindingKind.REMINDER_TALK, FindingKind.ORDER_TO_RESIGN);
        assertThat(y2024.newFindings()).allMatch(f -> f.memberId().equals(idle.id()));
        assertThat(again.newFindings()).isEmpty();
        assertThat(world.duty.findings().search(FindingQuery.of(world.committee.id()), PageRequest.of(0, 20)).items()).extracting(f -> f.kind() + " " + f.year())
                // Neither was trained in 2022, their first year (004 §6): raised when the 2023 scheme was set on 2023-12-20.
                .containsExactlyInAnyOrder("REMINDER_TALK 2023", "REMINDER_TALK 2024", "ORDER_TO_RESIGN 2024", "NEW_MEMBER_TRAINING_OVERDUE 2023",
                        "NEW_MEMBER_TRAINING_OVERDUE 2023");
    }

    @Test
    void revising_the_scheme_recomputes_the_year_and_keeps_the_previous_scores() {
        SchemeDraft lenient = new SchemeDraft(ExampleScheme.draft().items(), Points.ZERO, Optional.of(Points.of(100)), Points.of(80),
                ExampleScheme.draft().bands().subList(1, 3), Optional.of("合格线调整为 80 分"));

        SchemeDraft withoutReason = new SchemeDraft(lenient.items(), lenient.base(), lenient.maximum(), lenient.passMark(), lenient.bands(),
                Optional.empty());
        List<ScorePreview> preview = world.assessment.preview(world.committee.id(), 13, 2024, withoutReason);
        assertThat(preview).filteredOn(p -> p.memberId().equals(active.id())).singleElement()
                .satisfies(p -> assertThat(p.changesOutcome()).isTrue());
        assertThat(world.duty.schemes().revisions(world.committee.id(), 2024)).hasSize(1);

        world.assessment.reviseScheme(world.committee.id(), 13, 2024, 1, lenient, "dutyfile.demo");

        assertThat(world.duty.schemes().scores(world.committee.id(), 2024, 1)).filteredOn(s -> s.memberId().equals(active.id()))
                .extracting(AnnualScore::passed).containsExactly(true);
        assertThat(world.duty.schemes().scores(world.committee.id(), 2024, 2)).filteredOn(s -> s.memberId().equals(active.id()))
                .extracting(AnnualScore::passed).containsExactly(false);
        assertThatThrownBy(() -> world.assessment.reviseScheme(world.committee.id(), 13, 2024, 1, lenient, "other.clerk"))
                .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void a_members_trace_explains_every_point() {
        ScoreTrace trace = world.assessment.trace(active.id(), 2023).orElseThrow();

        assertThat(trace.score().total()).isEqualTo(Points.of(60));
        assertThat(trace.sum()).isEqualTo(trace.score().total());
        assertThat(trace.lines()).filteredOn(l -> l.itemCode().equals("plenary")).singleElement()
                .satisfies(l -> assertThat(l.event().orElseThrow().kind()).isEqualTo(DutyEventKind.ATTENDED_PLENARY));
        assertThat(world.assessment.trace(active.id(), 2025)).isEmpty();
    }

    @Test
    void a_decision_that_ends_the_membership_rests_on_the_recorded_membership_decision() {
        world.clock.setTo(LocalDate.of(2025, 1, 6).atTime(9, 0));
        world.assessment.evaluate(world.committee.id(), 13, 2023);
        world.assessment.evaluate(world.committee.id(), 13, 2024);
        Finding order = world.duty.findings().find(idle.id(), FindingKind.ORDER_TO_RESIGN, 2024).orElseThrow();

        assertThat(code(() -> world.assessment.decide(order.id(), order.version(), FindingOutcome.ORDERED_TO_RESIGN, "届内两年不合格", Optional.empty(),
                "dutyfile.demo"))).isEqualTo("finding.decision.needs-membership-decision");
        assertThat(code(() -> world.assessment.decide(order.id(), order.version(), FindingOutcome.ORDERED_TO_RESIGN, "届内两年不合格",
                Optional.of(DecisionId.generate()), "dutyfile.demo"))).isEqualTo("finding.decision.membership-decision.not-found");
        assertThat(world.duty.findings().require(order.id()).isOpen()).isTrue();

        DecisionId decided = world.decide(idle.id(), DecisionKind.ORDERED_TO_RESIGN, LocalDate.of(2025, 1, 20));
        Finding closed = world.assessment.decide(order.id(), order.version(), FindingOutcome.ORDERED_TO_RESIGN, "主席会议研究决定", Optional.of(decided),
                "dutyfile.demo");

        assertThat(closed.decision().orElseThrow().membershipDecision()).contains(decided);
        assertThat(code(() -> world.assessment.decide(order.id(), closed.version(), FindingOutcome.NO_ACTION, "重复", Optional.empty(), "x")))
                .isEqualTo("finding.already-decided");
        Finding reminder = world.duty.findings().find(idle.id(), FindingKind.REMINDER_TALK, 2023).orElseThrow();
        assertThat(code(() -> world.assessment.decide(reminder.id(), reminder.version(), FindingOutcome.STANDING_ROLE_ENDED, "不相关",
                Optional.of(decided), "x"))).isEqualTo("finding.decision.outcome-unrelated");
    }

    private static Points score(EvaluationSummary summary, Member member) {
        return summary.members().stream().filter(m -> m.year().memberId().equals(member.id())).findFirst().orElseThrow().score().orElseThrow().total();
    }

    private static String code(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.code();
        }
        throw new AssertionError("no error");
    }
}
