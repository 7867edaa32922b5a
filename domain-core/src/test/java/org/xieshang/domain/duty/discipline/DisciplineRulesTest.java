package org.xieshang.domain.duty.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xieshang.domain.activity.ActivityId;
import org.xieshang.domain.activity.ActivityKind;
import org.xieshang.domain.activity.Attendance;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Term;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.duty.DutyEventDraft;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.RuleDefinition;
import org.xieshang.domain.duty.SourceRef;
import org.xieshang.domain.duty.SourceType;
import org.xieshang.domain.duty.evaluation.AnnualEvaluation;
import org.xieshang.domain.duty.evaluation.MemberEvaluation;
import org.xieshang.domain.duty.evaluation.MemberFacts;
import org.xieshang.domain.duty.scoring.AnnualScore;
import org.xieshang.domain.duty.scoring.Points;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.MembershipKind;
import org.xieshang.domain.member.MembershipStatus;
import org.xieshang.domain.member.StandingRole;
import org.xieshang.domain.member.TermMembership;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.shared.DomainException;

/**
 * Every discipline rule and both presets against cases worked by hand from the seeds. Term 13 runs from 2022-01-10 to
 * 2027-01-09; each case is a member's story and the findings the year's evaluation must raise.
 */
class DisciplineRulesTest {

    private static final Term TERM = Term.of(13, LocalDate.of(2022, 1, 10), LocalDate.of(2027, 1, 9));
    private static final CommitteeId COMMITTEE = CommitteeId.generate();
    private static final LocalDate TERM_START = TERM.startInclusive();

    /** A member's story for one evaluation. */
    private static final class Story {
        final MemberId id = MemberId.generate();
        LocalDate since = TERM_START;
        MembershipKind kind = MembershipKind.CONTINUING;
        LocalDate standingFrom;
        final List<DutyEvent> events = new ArrayList<>();
        final List<AttendanceFact> attendance = new ArrayList<>();
        final List<AnnualScore> earlierScores = new ArrayList<>();
        AnnualScore score;

        Story appointedOn(LocalDate day, MembershipKind membershipKind) {
            since = day;
            kind = membershipKind;
            return this;
        }

        Story standingFrom(LocalDate day) {
            standingFrom = day;
            return this;
        }

        Story did(DutyEventKind eventKind, LocalDate day) {
            events.add(DutyEvent.of(new DutyEventDraft(COMMITTEE, id, eventKind, day, SourceRef.of(SourceType.MANUAL, eventKind + "@" + day),
                    eventKind.name()), Instant.EPOCH));
            return this;
        }

        Story meeting(ActivityKind activityKind, LocalDate day, Attendance how) {
            boolean standing = standingFrom != null && !day.isBefore(standingFrom);
            attendance.add(new AttendanceFact(ActivityId.generate(), activityKind, day, activityKind + " " + day, true, how, standing));
            return how == Attendance.PRESENT ? did(activityKind.attendanceEvent(), day) : this;
        }

        Story scored(int year, int points, boolean passed) {
            AnnualScore annual = new AnnualScore(id, year, 1, Points.of(points), passed ? "合格" : "不合格", passed);
            earlierScores.add(annual);
            return this;
        }

        Story scoresThisYear(int year, int points, boolean passed) {
            score = new AnnualScore(id, year, 1, Points.of(points), passed ? "合格" : "不合格", passed);
            return this;
        }

        MemberFacts facts() {
            List<StandingRole> roles = standingFrom == null ? List.of() : List.of(new StandingRole(standingFrom, Optional.empty()));
            TermMembership membership = new TermMembership(13, SectorId.generate(), kind, MembershipStatus.ACTIVE, since, Optional.empty(), roles);
            return new MemberFacts(id, TERM, membership, events, attendance, earlierScores);
        }
    }

    private static List<FindingKind> evaluate(DisciplinePolicy policy, Story story, int year, LocalDate asOf) {
        AnnualEvaluation evaluation = new AnnualEvaluation(year, asOf, Optional.empty(), policy);
        MemberFacts facts = story.facts();
        MemberEvaluation result = story.score == null ? evaluation.evaluate(facts) : withScore(evaluation, facts, story.score, policy, asOf);
        return result.findings().stream().map(FindingDraft::kind).toList();
    }

    /** Runs the rules with a given score (as if the scheme had produced it). */
    private static MemberEvaluation withScore(AnnualEvaluation evaluation, MemberFacts facts, AnnualScore score, DisciplinePolicy policy, LocalDate asOf) {
        MemberEvaluation plain = evaluation.evaluate(facts);
        MemberYear year = plain.year();
        MemberYear scored = new MemberYear(year.memberId(), year.term(), year.membership(), year.year(), asOf, year.yearFile(), year.termFile(),
                year.attendance(), Optional.of(score), year.earlierScores());
        List<FindingDraft> findings = new ArrayList<>();
        policy.check(scored, findings::add);
        return new MemberEvaluation(scored, Optional.of(score), plain.attendance(), findings);
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    static Stream<Arguments> yueqing() {
        LocalDate afterYear2025 = day(2026, 1, 20);
        return Stream.of(
                Arguments.of("004 §12: failing 2023 and 2025 in one term → ordered to resign (and a reminder talk for 2025)",
                        new Story().scored(2023, 52, false).scored(2024, 75, true).scoresThisYear(2025, 58, false).did(DutyEventKind.TRAINING, day(2022, 5, 1)),
                        2025, afterYear2025, List.of(FindingKind.REMINDER_TALK, FindingKind.ORDER_TO_RESIGN)),
                Arguments.of("004 §12: one failing year → a reminder talk only",
                        new Story().scored(2023, 80, true).scoresThisYear(2025, 59, false).did(DutyEventKind.TRAINING, day(2022, 5, 1)),
                        2025, afterYear2025, List.of(FindingKind.REMINDER_TALK)),
                Arguments.of("004 §12: a pass mark reached exactly → nothing",
                        new Story().scored(2023, 52, false).scoresThisYear(2025, 60, true).did(DutyEventKind.TRAINING, day(2022, 5, 1)),
                        2025, afterYear2025, List.of()),
                Arguments.of("004 §12: a standing member absent without reason twice in 2024 → ordered to resign the standing role",
                        new Story().standingFrom(TERM_START).did(DutyEventKind.TRAINING, day(2022, 5, 1))
                                .meeting(ActivityKind.STANDING_COMMITTEE_MEETING, day(2024, 3, 5), Attendance.UNEXCUSED)
                                .meeting(ActivityKind.STANDING_COMMITTEE_MEETING, day(2024, 6, 5), Attendance.PRESENT)
                                .meeting(ActivityKind.STANDING_COMMITTEE_MEETING, day(2024, 9, 5), Attendance.UNEXCUSED),
                        2024, day(2025, 1, 5), List.of(FindingKind.ORDER_TO_RESIGN_STANDING_ROLE)),
                Arguments.of("004 §12: once without reason and once on approved leave → nothing",
                        new Story().standingFrom(TERM_START).did(DutyEventKind.TRAINING, day(2022, 5, 1))
                                .meeting(ActivityKind.STANDING_COMMITTEE_MEETING, day(2024, 3, 5), Attendance.UNEXCUSED)
                                .meeting(ActivityKind.STANDING_COMMITTEE_MEETING, day(2024, 9, 5), Attendance.EXCUSED),
                        2024, day(2025, 1, 5), List.of()),
                Arguments.of("004 §12: the two absences fall in different years → nothing",
                        new Story().standingFrom(TERM_START).did(DutyEventKind.TRAINING, day(2022, 5, 1))
                                .meeting(ActivityKind.STANDING_COMMITTEE_MEETING, day(2023, 11, 5), Attendance.UNEXCUSED)
                                .meeting(ActivityKind.STANDING_COMMITTEE_MEETING, day(2024, 3, 5), Attendance.UNEXCUSED),
                        2024, day(2025, 1, 5), List.of()),
                Arguments.of("004 §6: a new member appointed 2022-01-10 and not trained by 2023-01-09 → raised in 2023",
                        new Story().appointedOn(TERM_START, MembershipKind.NEW), 2023, day(2023, 2, 1),
                        List.of(FindingKind.NEW_MEMBER_TRAINING_OVERDUE)),
                Arguments.of("004 §6: a new member trained in June of the first year → nothing",
                        new Story().appointedOn(TERM_START, MembershipKind.NEW).did(DutyEventKind.TRAINING, day(2022, 6, 15)), 2023, day(2023, 2, 1),
                        List.of()),
                Arguments.of("004 §6: a continuing member is not a new member",
                        new Story().did(DutyEventKind.TRAINING, day(2024, 6, 15)), 2023, day(2023, 2, 1), List.of()),
                Arguments.of("000/004 §6: not trained in the term, evaluated in the term's last year → training overdue",
                        new Story(), 2026, day(2026, 3, 1), List.of(FindingKind.TRAINING_OVERDUE)),
                Arguments.of("000/004 §6: not trained yet in 2024 → still time, nothing",
                        new Story(), 2024, day(2025, 1, 5), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void yueqing(String story, Story member, int year, LocalDate asOf, List<FindingKind> expected) {
        assertThat(evaluate(DisciplinePolicy.of(COMMITTEE, DisciplinePreset.YUEQING), member, year, asOf)).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> nanchang() {
        return Stream.of(
                Arguments.of("000: absent without approval from the 2023 and 2024 plenary sessions → asked to resign, raised in 2024",
                        trained().meeting(ActivityKind.PLENARY_SESSION, day(2023, 1, 10), Attendance.UNEXCUSED)
                                .meeting(ActivityKind.PLENARY_SESSION, day(2024, 1, 12), Attendance.UNEXCUSED).did(DutyEventKind.SPEECH_WRITTEN, day(2024, 3, 1)),
                        2024, day(2025, 1, 5), List.of(FindingKind.ASK_TO_RESIGN)),
                Arguments.of("000: the same run is not raised again for 2025",
                        trained().meeting(ActivityKind.PLENARY_SESSION, day(2023, 1, 10), Attendance.UNEXCUSED)
                                .meeting(ActivityKind.PLENARY_SESSION, day(2024, 1, 12), Attendance.UNEXCUSED)
                                .meeting(ActivityKind.PLENARY_SESSION, day(2025, 1, 10), Attendance.PRESENT),
                        2025, day(2026, 1, 5), List.of()),
                Arguments.of("000: an approved leave between two absences breaks the run",
                        trained().meeting(ActivityKind.PLENARY_SESSION, day(2022, 1, 10), Attendance.UNEXCUSED)
                                .meeting(ActivityKind.PLENARY_SESSION, day(2023, 1, 10), Attendance.EXCUSED)
                                .meeting(ActivityKind.PLENARY_SESSION, day(2024, 1, 12), Attendance.UNEXCUSED).did(DutyEventKind.PUBLIC_CONTACT, day(2024, 5, 1)),
                        2024, day(2025, 1, 5), List.of()),
                Arguments.of("000: a standing member missing two consecutive standing meetings → asked to resign",
                        trained().standingFrom(TERM_START).meeting(ActivityKind.STANDING_COMMITTEE_MEETING, day(2024, 3, 5), Attendance.UNEXCUSED)
                                .meeting(ActivityKind.STANDING_COMMITTEE_MEETING, day(2024, 6, 5), Attendance.UNEXCUSED).did(DutyEventKind.PUBLIC_CONTACT, day(2024, 5, 1)),
                        2024, day(2025, 1, 5), List.of(FindingKind.ASK_TO_RESIGN)),
                Arguments.of("000: standing meetings missed before becoming a standing member do not count",
                        trained().standingFrom(day(2024, 5, 1)).meeting(ActivityKind.STANDING_COMMITTEE_MEETING, day(2024, 3, 5), Attendance.UNEXCUSED)
                                .meeting(ActivityKind.STANDING_COMMITTEE_MEETING, day(2024, 6, 5), Attendance.UNEXCUSED).did(DutyEventKind.PUBLIC_CONTACT, day(2024, 5, 1)),
                        2024, day(2025, 1, 5), List.of()),
                Arguments.of("000: no duty activity in 2024 → finding once the year is over",
                        trained().meeting(ActivityKind.PLENARY_SESSION, day(2024, 1, 12), Attendance.EXCUSED), 2024, day(2025, 1, 5),
                        List.of(FindingKind.NO_ACTIVITY)),
                Arguments.of("000: not judged while the year runs",
                        trained(), 2024, day(2024, 11, 30), List.of()),
                Arguments.of("000: a member appointed in November 2024 is not charged with the year",
                        new Story().appointedOn(day(2024, 11, 1), MembershipKind.NEW).did(DutyEventKind.TRAINING, day(2024, 12, 1)), 2024,
                        day(2025, 1, 5), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void nanchang(String story, Story member, int year, LocalDate asOf, List<FindingKind> expected) {
        assertThat(evaluate(DisciplinePolicy.of(COMMITTEE, DisciplinePreset.NANCHANG), member, year, asOf)).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static Story trained() {
        return new Story().did(DutyEventKind.TRAINING, day(2022, 4, 1));
    }

    @Test
    void a_member_appointed_in_june_is_not_charged_for_the_january_plenary() {
        Story story = new Story().appointedOn(day(2024, 6, 1), MembershipKind.NEW)
                .meeting(ActivityKind.PLENARY_SESSION, day(2024, 1, 12), Attendance.UNEXCUSED)
                .meeting(ActivityKind.STANDING_COMMITTEE_MEETING, day(2024, 9, 1), Attendance.PRESENT);
        MemberEvaluation result = new AnnualEvaluation(2024, day(2025, 1, 5), Optional.empty(), DisciplinePolicy.of(COMMITTEE, DisciplinePreset.NANCHANG))
                .evaluate(story.facts());

        assertThat(result.attendance()).isEqualTo(new AttendanceSummary(1, 1, 0, 0));
    }

    @Test
    void parameters_change_what_a_rule_finds() {
        DisciplinePolicy threeInARow = DisciplinePolicy.of(COMMITTEE, DisciplinePreset.NANCHANG).withRules(List.of(
                RuleDefinition.of("consecutive-absences", "activityKind", "PLENARY_SESSION", "count", "3")), DisciplineRuleTypes.builtIn());
        Story twice = trained().meeting(ActivityKind.PLENARY_SESSION, day(2023, 1, 10), Attendance.UNEXCUSED)
                .meeting(ActivityKind.PLENARY_SESSION, day(2024, 1, 12), Attendance.UNEXCUSED);

        assertThat(evaluate(threeInARow, twice, 2024, day(2025, 1, 5))).isEmpty();
        assertThat(evaluate(threeInARow, twice.meeting(ActivityKind.PLENARY_SESSION, day(2025, 1, 10), Attendance.UNEXCUSED), 2025,
                day(2026, 1, 5))).containsExactly(FindingKind.ASK_TO_RESIGN);
    }

    @Test
    void a_finding_explains_itself_in_both_languages_and_names_its_evidence() {
        Story story = trained().meeting(ActivityKind.PLENARY_SESSION, day(2023, 1, 10), Attendance.UNEXCUSED)
                .meeting(ActivityKind.PLENARY_SESSION, day(2024, 1, 12), Attendance.UNEXCUSED).did(DutyEventKind.PUBLIC_CONTACT, day(2024, 5, 1));
        FindingDraft draft = new AnnualEvaluation(2024, day(2025, 1, 5), Optional.empty(), DisciplinePolicy.of(COMMITTEE, DisciplinePreset.NANCHANG))
                .evaluate(story.facts()).findings().get(0);
        Finding finding = Finding.raise(COMMITTEE, story.id, 13, 2024, draft, Instant.EPOCH);

        assertThat(finding.explanation(java.util.Locale.CHINA)).isEqualTo("未经批准连续 2 次缺席全体会议：2023-01-10 PLENARY_SESSION 2023-01-10；2024-01-12 PLENARY_SESSION 2024-01-12");
        assertThat(finding.explanation(java.util.Locale.ENGLISH)).startsWith("Absent without approval from 2 consecutive");
        assertThat(finding.evidence()).extracting(SourceRef::reference)
                .containsExactly(story.attendance.get(0).activityId().toString(), story.attendance.get(1).activityId().toString());
    }

    @Test
    void a_bad_parameter_or_an_unknown_type_is_refused_with_its_name() {
        DisciplinePolicy policy = DisciplinePolicy.of(COMMITTEE, DisciplinePreset.YUEQING);
        assertThatThrownBy(() -> policy.withRules(List.of(RuleDefinition.of("failing-years", "count", "two")), DisciplineRuleTypes.builtIn()))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("rule.parameter.invalid");
        assertThatThrownBy(() -> policy.withRules(List.of(RuleDefinition.of("consecutive-absences", "count", "2")), DisciplineRuleTypes.builtIn()))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("rule.parameter.missing");
        assertThatThrownBy(() -> policy.withRules(List.of(RuleDefinition.of("absences-per-year", "activityKind", "PARTY")), DisciplineRuleTypes.builtIn()))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("rule.parameter.invalid");
        assertThatThrownBy(() -> policy.withRules(List.of(RuleDefinition.of("lottery")), DisciplineRuleTypes.builtIn()))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("rule.type.unknown");
    }

    @Test
    void a_vendor_adds_a_rule_type_and_a_policy_uses_it() {
        DisciplineRuleType noSpeech = new DisciplineRuleType() {
            @Override
            public String name() {
                return "vendor-no-speech";
            }

            @Override
            public DisciplineRule create(RuleDefinition definition) {
                return new DisciplineRule() {
                    @Override
                    public RuleDefinition definition() {
                        return definition;
                    }

                    @Override
                    public void check(MemberYear year, java.util.function.Consumer<FindingDraft> findings) {
                        if (year.yearFile().count(DutyEventKind.SPEECH_ORAL) + year.yearFile().count(DutyEventKind.SPEECH_WRITTEN) == 0) {
                            findings.accept(new FindingDraft(FindingKind.NO_ACTIVITY, "vendor-no-speech", "finding.no-activity",
                                    List.of(String.valueOf(year.year()), "0", "1"), List.of()));
                        }
                    }
                };
            }
        };
        DisciplineRuleTypes types = DisciplineRuleTypes.builtIn().with(noSpeech);
        DisciplinePolicy policy = DisciplinePolicy.restore(COMMITTEE, Optional.empty(), List.of(RuleDefinition.of("vendor-no-speech")), types, 0);

        assertThat(evaluate(policy, new Story(), 2024, day(2025, 1, 5))).containsExactly(FindingKind.NO_ACTIVITY);
        assertThat(evaluate(policy, new Story().did(DutyEventKind.SPEECH_ORAL, day(2024, 1, 13)), 2024, day(2025, 1, 5))).isEmpty();
        assertThat(types.names()).contains("vendor-no-speech", "failing-years");
    }
}
