package org.xieshang.domain.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xieshang.domain.shared.DomainException;

class ConsultationProcessTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    /**
     * Every (state, action) pair. A row is a state (how many steps are done), a column the step being completed, in the
     * order 议题收集 议题确定 制定方案 议前调研 协商议事 公开公示 组织决定 跟踪落实. ok: allowed; done: already done;
     * skip: a skipped step; research: a meeting before the research (不调研不协商); finished: all eight done.
     */
    private static final String[] TABLE = {
            /* 0 done */ "ok       skip     skip     skip     research skip     skip     skip",
            /* 1 done */ "done     ok       skip     skip     research skip     skip     skip",
            /* 2 done */ "done     done     ok       skip     research skip     skip     skip",
            /* 3 done */ "done     done     done     ok       research skip     skip     skip",
            /* 4 done */ "done     done     done     done     ok       skip     skip     skip",
            /* 5 done */ "done     done     done     done     done     ok       skip     skip",
            /* 6 done */ "done     done     done     done     done     done     ok       skip",
            /* 7 done */ "done     done     done     done     done     done     done     ok",
            /* 8 done */ "finished finished finished finished finished finished finished finished"};

    static Stream<Arguments> everyStateAndAction() {
        List<Arguments> pairs = new ArrayList<>();
        for (int doneSteps = 0; doneSteps < TABLE.length; doneSteps++) {
            String[] expected = TABLE[doneSteps].trim().split("\\s+");
            for (ConsultationStep step : ConsultationStep.values()) {
                pairs.add(Arguments.of(doneSteps, step, expected[step.ordinal()]));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} steps done, complete {1}: {2}")
    @MethodSource("everyStateAndAction")
    void the_step_guards(int doneSteps, ConsultationStep step, String expected) {
        ConsultationProcess process = processWith(doneSteps);

        if (expected.equals("ok")) {
            ConsultationProcess after = process.complete(record(step));
            assertThat(after.isDone(step)).isTrue();
            assertThat(after.steps()).hasSize(doneSteps + 1);
        } else {
            String code = switch (expected) {
                case "done" -> "consultation.step.already-done";
                case "skip" -> "consultation.step.skipped";
                case "research" -> "consultation.research-first";
                case "finished" -> "consultation.finished";
                default -> throw new IllegalArgumentException(expected);
            };
            assertThatThrownBy(() -> process.complete(record(step))).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.code()).isEqualTo(code));
            assertThat(process.steps()).as("nothing written").hasSize(doneSteps);
        }
    }

    @Test
    void the_three_before_check_holds_a_flagged_matter_until_its_meeting_has_taken_place() {
        for (int doneSteps = 0; doneSteps <= 8; doneSteps++) {
            Optional<ConsultationProcess> consultation = Optional.of(processWith(doneSteps));
            ThreeBeforeVerdict expected = doneSteps >= 5 ? ThreeBeforeVerdict.CONSULTED : ThreeBeforeVerdict.CONSULTATION_PENDING;

            assertThat(ThreeBefore.check(true, consultation)).as("%d steps done", doneSteps).isEqualTo(expected);
            assertThat(ThreeBefore.check(false, consultation)).isEqualTo(ThreeBeforeVerdict.NOT_REQUIRED);
        }
        assertThat(ThreeBefore.check(true, Optional.empty())).isEqualTo(ThreeBeforeVerdict.CONSULTATION_PENDING);
        assertThat(ThreeBefore.check(false, Optional.empty())).isEqualTo(ThreeBeforeVerdict.NOT_REQUIRED);
    }

    @Test
    void the_three_before_refusal_names_what_was_about_to_happen() {
        for (MatterAction action : MatterAction.values()) {
            assertThatThrownBy(() -> ThreeBefore.require(true, Optional.of(processWith(4)), action))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("consultation.three-before"));
            ThreeBefore.require(true, Optional.of(processWith(5)), action);
        }
        assertThatThrownBy(() -> ThreeBefore.require(true, Optional.empty(), MatterAction.PASS))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.localizedMessage(Locale.CHINA)).contains("提请人大通过"));
    }

    @Test
    void the_decision_is_recorded_with_the_party_organisation_that_took_it() {
        ConsultationProcess process = processWith(6);

        assertThatThrownBy(() -> new StepRecord(ConsultationStep.ORGANISATIONAL_DECISION, "决定纪要", Optional.empty(), "办公室", DAY,
                Optional.empty())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("consultation.decision.organisation-required"));
        assertThatThrownBy(() -> new StepRecord(ConsultationStep.RESEARCH, "调研报告", Optional.empty(), "办公室", DAY, Optional.of("市委常委会")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("consultation.decision.organisation-only-for-decision"));

        ConsultationProcess decided = process.complete(StepRecord.decision("市委常委会会议纪要", "市政协办公室", DAY, "中共澄湖市委常委会"));
        assertThat(decided.record(ConsultationStep.ORGANISATIONAL_DECISION).flatMap(StepRecord::decidingOrganisation)).contains("中共澄湖市委常委会");
    }

    @Test
    void a_step_is_not_dated_before_the_one_it_follows() {
        ConsultationProcess process = ConsultationProcess.notStarted().complete(StepRecord.of(ConsultationStep.COLLECT_TOPIC, "征集汇总", "提案委", DAY));

        assertThatThrownBy(() -> process.complete(StepRecord.of(ConsultationStep.DECIDE_TOPIC, "议题", "主席会议", DAY.minusDays(1))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("consultation.step.before-previous"));
        assertThat(process.complete(StepRecord.of(ConsultationStep.DECIDE_TOPIC, "议题", "主席会议", DAY)).nextStep()).contains(ConsultationStep.WORK_PLAN);
    }

    @Test
    void a_stored_process_is_rebuilt_through_the_same_guards() {
        ConsultationProcess full = processWith(8);

        assertThat(ConsultationProcess.restore(full.steps())).isEqualTo(full);
        assertThat(full.nextStep()).isEmpty();
        List<StepRecord> skipping = new ArrayList<>(full.steps());
        skipping.remove(ConsultationStep.RESEARCH.ordinal());
        assertThatThrownBy(() -> ConsultationProcess.restore(skipping)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("consultation.research-first"));
    }

    private static ConsultationProcess processWith(int doneSteps) {
        ConsultationProcess process = ConsultationProcess.notStarted();
        for (int i = 0; i < doneSteps; i++) {
            process = process.complete(record(ConsultationStep.values()[i]));
        }
        return process;
    }

    private static StepRecord record(ConsultationStep step) {
        return step == ConsultationStep.ORGANISATIONAL_DECISION ? StepRecord.decision("决定", "市政协办公室", DAY, "中共澄湖市委常委会")
                : StepRecord.of(step, "成果：" + step, "市政协办公室", DAY);
    }
}
