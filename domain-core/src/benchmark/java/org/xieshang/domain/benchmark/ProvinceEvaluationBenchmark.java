package org.xieshang.domain.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.discipline.DisciplinePolicy;
import org.xieshang.domain.duty.discipline.DisciplinePreset;
import org.xieshang.domain.duty.evaluation.AnnualEvaluation;
import org.xieshang.domain.duty.evaluation.MemberEvaluation;
import org.xieshang.domain.duty.scoring.ExampleScheme;
import org.xieshang.domain.duty.scoring.GradeBand;
import org.xieshang.domain.duty.scoring.PerEventRule;
import org.xieshang.domain.duty.scoring.Points;
import org.xieshang.domain.duty.scoring.ScoringItem;
import org.xieshang.domain.duty.scoring.ScoringRuleTypes;
import org.xieshang.domain.duty.scoring.ScoringScheme;

/**
 * Evaluates a province's year (issue 4: 30,000 members × 200 duty events, Yueqing preset: scores, grades, findings)
 * against a baseline that sums the same points over primitive arrays in the same run. One thread; pin it to one
 * core with {@code taskset -c 0}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g"})
public class ProvinceEvaluationBenchmark {

    private static final int YEAR = 2024;

    @Param("30000")
    int members;

    @Param("200")
    int eventsPerYear;

    /** Earlier years of the term with events too: 0 gives the year alone, 2 the term to date (2022–2024). */
    @Param("0")
    int earlierYears;

    private SyntheticProvince province;
    private AnnualEvaluation evaluation;
    private int kinds;
    private int[] pointsByKind;
    private int[] capByKind;
    private int base;
    private int maximum;
    private int passMark;
    private int[] bandMinimums;

    @Setup(Level.Trial)
    public void generate() {
        province = SyntheticProvince.generate(members, eventsPerYear, YEAR, earlierYears);
        ScoringScheme scheme = ScoringScheme.first(SyntheticProvince.COMMITTEE, YEAR, ExampleScheme.draft(), ScoringRuleTypes.builtIn(),
                "benchmark", Instant.parse("2024-01-01T00:00:00Z"));
        evaluation = new AnnualEvaluation(YEAR, LocalDate.of(YEAR + 1, 1, 15), Optional.of(scheme),
                DisciplinePolicy.of(SyntheticProvince.COMMITTEE, DisciplinePreset.YUEQING));
        flattenForBaseline(scheme);
        describe(evaluation.evaluateAll(province.members));
    }

    /** The scheme's per-event items as arrays by kind: the baseline reads the same points and caps. */
    private void flattenForBaseline(ScoringScheme scheme) {
        kinds = DutyEventKind.values().length;
        pointsByKind = new int[kinds];
        capByKind = new int[kinds];
        for (ScoringItem item : scheme.items()) {
            PerEventRule rule = (PerEventRule) item.rule();
            pointsByKind[rule.kind().ordinal()] = Points.parse(rule.definition().requireText("points"), "points").tenths();
            capByKind[rule.kind().ordinal()] = Points.parse(rule.definition().requireText("cap"), "cap").tenths();
        }
        base = scheme.draft().base().tenths();
        maximum = scheme.draft().maximum().map(Points::tenths).orElse(Integer.MAX_VALUE);
        passMark = scheme.passMark().tenths();
        bandMinimums = scheme.draft().bands().stream().map(GradeBand::minimum).mapToInt(Points::tenths).toArray();
    }

    /** Once per trial, so that the report shows what was evaluated. */
    private static void describe(List<MemberEvaluation> results) {
        Map<String, Integer> grades = new TreeMap<>();
        Map<String, Integer> findings = new TreeMap<>();
        for (MemberEvaluation result : results) {
            result.score().ifPresent(score -> grades.merge(score.grade(), 1, Integer::sum));
            result.findings().forEach(finding -> findings.merge(finding.kind().name(), 1, Integer::sum));
        }
        System.out.println("grades " + grades + ", findings " + findings);
    }

    @Benchmark
    public List<MemberEvaluation> evaluateProvince() {
        return evaluation.evaluateAll(province.members);
    }

    /** The same points, caps, bounds, pass mark and grades, summed over the kinds as an int array. */
    @Benchmark
    public int[] baselineOverArrays() {
        int[] eventKinds = province.kinds;
        int[] starts = province.starts;
        int memberCount = starts.length - 1;
        int[] results = new int[memberCount * 3];
        int[] counts = new int[kinds];
        for (int m = 0; m < memberCount; m++) {
            Arrays.fill(counts, 0);
            for (int e = starts[m]; e < starts[m + 1]; e++) {
                counts[eventKinds[e]]++;
            }
            int sum = base;
            for (int k = 0; k < kinds; k++) {
                int points = pointsByKind[k];
                sum += (int) Math.min(capByKind[k], (long) Math.abs(points) * counts[k]) * Integer.signum(points);
            }
            int total = Math.max(0, Math.min(maximum, sum));
            int grade = 0;
            while (grade < bandMinimums.length - 1 && total < bandMinimums[grade]) {
                grade++;
            }
            results[m * 3] = total;
            results[m * 3 + 1] = grade;
            results[m * 3 + 2] = total >= passMark ? 1 : 0;
        }
        return results;
    }
}
