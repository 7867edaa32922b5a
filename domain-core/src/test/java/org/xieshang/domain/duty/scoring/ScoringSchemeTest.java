package org.xieshang.domain.duty.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.duty.DutyEventDraft;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.DutyFile;
import org.xieshang.domain.duty.DutyPeriod;
import org.xieshang.domain.duty.RuleDefinition;
import org.xieshang.domain.duty.SourceRef;
import org.xieshang.domain.duty.SourceType;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.DomainException;

class ScoringSchemeTest {

    private static final CommitteeId COMMITTEE = CommitteeId.generate();
    private static final Instant NOW = Instant.parse("2024-12-31T02:00:00Z");
    private final MemberId member = MemberId.generate();
    private final List<DutyEvent> events = new ArrayList<>();

    private void did(DutyEventKind kind, int times) {
        for (int i = 0; i < times; i++) {
            LocalDate day = LocalDate.of(2024, 1 + (events.size() % 12), 1 + i % 28);
            events.add(DutyEvent.of(new DutyEventDraft(COMMITTEE, member, kind, day, SourceRef.of(SourceType.MANUAL, kind + "-" + events.size()),
                    kind.name()), NOW));
        }
    }

    private DutyFile file() {
        return DutyFile.of(member, DutyPeriod.year(2024), events);
    }

    private static ScoringScheme example() {
        return ScoringScheme.first(COMMITTEE, 2024, ExampleScheme.draft(), ScoringRuleTypes.builtIn(), "dutyfile.demo", NOW);
    }

    @Test
    void points_add_up_per_item_within_each_cap() {
        did(DutyEventKind.ATTENDED_PLENARY, 1);          // 10
        did(DutyEventKind.ATTENDED_STANDING_MEETING, 5); // 5 × 5 = 25, cap 20
        did(DutyEventKind.PROPOSAL_LEAD, 2);             // 10
        did(DutyEventKind.REPORT_INSTRUCTED, 1);         // bonus 5
        did(DutyEventKind.ABSENT_UNEXCUSED, 1);          // −5
        did(DutyEventKind.ABSENT_EXCUSED, 3);            // nothing

        AnnualScore score = example().score(file());

        assertThat(score.total()).isEqualTo(Points.of(40));
        assertThat(score.grade()).isEqualTo("不合格");
        assertThat(score.passed()).isFalse();
        assertThat(score.schemeRevision()).isEqualTo(1);
    }

    @Test
    void deductions_stop_at_their_cap_and_the_score_at_zero_and_the_maximum() {
        did(DutyEventKind.ABSENT_UNEXCUSED, 6); // −30, cap 20
        ScoreTrace low = example().explain(file());
        assertThat(low.score().total()).isEqualTo(Points.ZERO);
        assertThat(low.lines()).extracting(ScoreLine::note).containsSubsequence(Award.COUNTED, Award.CAP_REACHED, "score.note.floor");

        events.clear();
        for (DutyEventKind kind : DutyEventKind.values()) {
            did(kind, kind.isParticipation() ? 10 : 0);
        }
        assertThat(example().score(file()).total()).isEqualTo(Points.of(100));
        assertThat(example().score(file()).grade()).isEqualTo("优秀");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void every_point_traces_back_to_an_event_and_the_lines_sum_to_the_score(long seed) {
        Random random = new Random(seed);
        for (DutyEventKind kind : DutyEventKind.values()) {
            did(kind, random.nextInt(6));
        }
        ScoringScheme scheme = example();

        ScoreTrace trace = scheme.explain(file());

        assertThat(trace.sum()).isEqualTo(trace.score().total());
        assertThat(trace.score()).isEqualTo(scheme.score(file()));
        assertThat(trace.lines()).filteredOn(line -> !line.itemCode().equals("maximum")).allSatisfy(line -> {
            assertThat(line.event()).isPresent();
            assertThat(line.rule()).startsWith(PerEventRule.TYPE);
        });
        assertThat(trace.lines().stream().filter(line -> line.event().isPresent()).map(line -> line.event().get()).toList())
                .doesNotHaveDuplicates();
    }

    @Test
    void a_base_and_half_points_are_exact() {
        SchemeDraft draft = new SchemeDraft(List.of(new SchemeDraft.Item("contact", "联系群众", RuleDefinition.of(PerEventRule.TYPE,
                "kind", "PUBLIC_CONTACT", "points", "0.5", "cap", "2.5"))), Points.of(50), Optional.empty(), Points.parse("52.5", "passMark"),
                List.of(new GradeBand("合格", Points.parse("52.5", "m")), new GradeBand("不合格", Points.ZERO)), Optional.empty());
        did(DutyEventKind.PUBLIC_CONTACT, 7);

        ScoreTrace trace = ScoringScheme.first(COMMITTEE, 2024, draft, ScoringRuleTypes.builtIn(), "x", NOW).explain(file());

        assertThat(trace.score().total()).hasToString("52.5");
        assertThat(trace.score().passed()).isTrue();
        assertThat(trace.lines().get(0).note()).isEqualTo("score.note.base");
        assertThat(trace.lines()).filteredOn(l -> l.note().equals(Award.CAP_REACHED)).hasSize(2);
    }

    @Test
    void a_bad_scheme_is_refused_with_its_reason() {
        SchemeDraft example = ExampleScheme.draft();
        assertThatThrownBy(() -> scheme(new SchemeDraft(List.of(new SchemeDraft.Item("x", "X", RuleDefinition.of(PerEventRule.TYPE,
                "kind", "TRAINING", "points", "5", "cap", "-10"))), Points.ZERO, Optional.empty(), Points.of(60), example.bands(), Optional.empty())))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("scoring.cap.negative");
        assertThatThrownBy(() -> new SchemeDraft(example.items(), Points.ZERO, Optional.empty(), null, example.bands(), Optional.empty()))
                .isInstanceOf(DomainException.class).extracting("code", "field").containsExactly("field.required", "passMark");
        assertThatThrownBy(() -> scheme(new SchemeDraft(example.items(), Points.ZERO, Optional.of(Points.of(50)), Points.of(60), example.bands(),
                Optional.empty()))).isInstanceOf(DomainException.class).extracting("code").isEqualTo("scoring.pass-mark.above-maximum");
        assertThatThrownBy(() -> scheme(new SchemeDraft(example.items(), Points.ZERO, Optional.empty(), Points.of(60),
                List.of(new GradeBand("合格", Points.of(60)), new GradeBand("优秀", Points.of(85))), Optional.empty())))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("scoring.bands.order");
        List<SchemeDraft.Item> twice = new ArrayList<>(example.items());
        twice.add(example.items().get(0));
        assertThatThrownBy(() -> scheme(new SchemeDraft(twice, Points.ZERO, Optional.empty(), Points.of(60), example.bands(), Optional.empty())))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("scoring.item.code.duplicate");
        assertThatThrownBy(() -> Points.parse("2.25", "points")).isInstanceOf(DomainException.class).extracting("code").isEqualTo("points.invalid");
        assertThatThrownBy(() -> example().revise(example, ScoringRuleTypes.builtIn(), "x", NOW))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("scoring.reason.required");
    }

    private static ScoringScheme scheme(SchemeDraft draft) {
        return ScoringScheme.first(COMMITTEE, 2024, draft, ScoringRuleTypes.builtIn(), "x", NOW);
    }

    @Test
    void a_vendor_rule_type_scores_and_explains_like_ours() {
        ScoringRuleType attendanceBonus = new ScoringRuleType() {
            @Override
            public String name() {
                return "vendor-full-attendance";
            }

            @Override
            public ScoringRule create(RuleDefinition definition) {
                Points bonus = Points.parse(definition.requireText("points"), "parameters");
                return new ScoringRule() {
                    @Override
                    public RuleDefinition definition() {
                        return definition;
                    }

                    @Override
                    public void explain(DutyFile year, Consumer<Award> awards) {
                        if (year.count(DutyEventKind.ABSENT_UNEXCUSED) == 0 && year.count(DutyEventKind.ABSENT_EXCUSED) == 0) {
                            awards.accept(new Award(Optional.empty(), bonus, "score.note.counted"));
                        }
                    }
                };
            }
        };
        ScoringRuleTypes types = ScoringRuleTypes.builtIn().with(attendanceBonus);
        List<SchemeDraft.Item> items = new ArrayList<>(ExampleScheme.draft().items());
        items.add(new SchemeDraft.Item("full-attendance", "全勤奖励", RuleDefinition.of("vendor-full-attendance", "points", "5")));
        SchemeDraft draft = new SchemeDraft(items, Points.ZERO, Optional.of(Points.of(100)), Points.of(60), ExampleScheme.draft().bands(), Optional.empty());
        did(DutyEventKind.ATTENDED_PLENARY, 1);

        ScoringScheme scheme = ScoringScheme.first(COMMITTEE, 2024, draft, types, "x", NOW);

        assertThat(scheme.score(file()).total()).isEqualTo(Points.of(15));
        assertThat(scheme.explain(file()).lines()).extracting(ScoreLine::itemCode).containsExactly("plenary", "full-attendance");
        assertThatThrownBy(() -> ScoringScheme.first(COMMITTEE, 2024, draft, ScoringRuleTypes.builtIn(), "x", NOW))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("rule.type.unknown");
    }
}
