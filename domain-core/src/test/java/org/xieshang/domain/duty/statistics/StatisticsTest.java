package org.xieshang.domain.duty.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.activity.ActivityDraft;
import org.xieshang.domain.activity.ActivityId;
import org.xieshang.domain.activity.ActivityKind;
import org.xieshang.domain.activity.Attendance;
import org.xieshang.domain.activity.Audience;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Term;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.duty.DutyEventDraft;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.DutyEventKind.Category;
import org.xieshang.domain.duty.SourceRef;
import org.xieshang.domain.duty.SourceType;
import org.xieshang.domain.duty.discipline.AttendanceFact;
import org.xieshang.domain.duty.discipline.AttendanceSummary;
import org.xieshang.domain.duty.discipline.DisciplinePolicy;
import org.xieshang.domain.duty.discipline.DisciplinePreset;
import org.xieshang.domain.duty.evaluation.AnnualEvaluation;
import org.xieshang.domain.duty.evaluation.MemberEvaluation;
import org.xieshang.domain.duty.evaluation.MemberFacts;
import org.xieshang.domain.duty.scoring.AnnualScore;
import org.xieshang.domain.duty.scoring.ExampleScheme;
import org.xieshang.domain.duty.scoring.GradeBand;
import org.xieshang.domain.duty.scoring.Points;
import org.xieshang.domain.duty.scoring.SchemeDraft;
import org.xieshang.domain.duty.scoring.ScoringRuleTypes;
import org.xieshang.domain.duty.scoring.ScoringScheme;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.MembershipKind;
import org.xieshang.domain.member.MembershipStatus;
import org.xieshang.domain.member.TermMembership;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.specialcommittee.SpecialCommitteeId;

class StatisticsTest {

    private static final CommitteeId COMMITTEE = CommitteeId.generate();
    private static final Term TERM = Term.of(13, LocalDate.of(2022, 1, 10), LocalDate.of(2027, 1, 9));
    private static final SectorId ECONOMY = SectorId.generate();
    private static final SectorId EDUCATION = SectorId.generate();
    private final ScoringScheme scheme = ScoringScheme.first(COMMITTEE, 2024, ExampleScheme.draft(), ScoringRuleTypes.builtIn(), "x", Instant.EPOCH);
    private final AnnualEvaluation evaluation = new AnnualEvaluation(2024, LocalDate.of(2025, 1, 10), Optional.of(scheme),
            DisciplinePolicy.of(COMMITTEE, DisciplinePreset.YUEQING));
    private final List<MemberId> order = new ArrayList<>();

    /** A member with the given numbers of plenary attendances (10 points each, cap 20) and consultations (3 each, cap 15). */
    private MemberFacts member(SectorId sector, int consultations, int trainings, List<AttendanceFact> attendance) {
        MemberId id = MemberId.generate();
        order.add(id);
        List<DutyEvent> events = new ArrayList<>();
        for (int i = 0; i < consultations; i++) {
            events.add(event(id, DutyEventKind.ATTENDED_CONSULTATION, LocalDate.of(2024, 1 + i * 3 % 12, 5)));
        }
        for (int i = 0; i < trainings; i++) {
            events.add(event(id, DutyEventKind.TRAINING, LocalDate.of(2024, 4, 1 + i)));
        }
        events.add(event(id, DutyEventKind.WORKSTATION_DUTY, LocalDate.of(2024, 5, 1)));
        TermMembership membership = new TermMembership(13, sector, MembershipKind.CONTINUING, MembershipStatus.ACTIVE, TERM.startInclusive(),
                Optional.empty(), List.of());
        return new MemberFacts(id, TERM, membership, events, attendance, List.of());
    }

    private static DutyEvent event(MemberId id, DutyEventKind kind, LocalDate day) {
        return DutyEvent.of(new DutyEventDraft(COMMITTEE, id, kind, day, SourceRef.of(SourceType.MANUAL, kind + "@" + day), kind.name()), Instant.EPOCH);
    }

    private static AttendanceFact plenary(Attendance how) {
        return new AttendanceFact(ActivityId.generate(), ActivityKind.PLENARY_SESSION, LocalDate.of(2024, 1, 12), "十三届三次会议", true, how, false);
    }

    private Comparator<MemberId> byOrder() {
        return Comparator.comparingInt(order::indexOf);
    }

    @Test
    void ranks_share_places_on_equal_scores_and_the_next_place_skips() {
        List<MemberEvaluation> years = evaluation.evaluateAll(List.of(
                member(ECONOMY, 2, 0, List.of()), member(ECONOMY, 5, 0, List.of()), member(EDUCATION, 5, 0, List.of()),
                member(EDUCATION, 1, 0, List.of())));

        AnnualNotification notification = AnnualNotification.of(2024, years, byOrder());

        assertThat(notification.rows()).extracting(Ranked::rank).containsExactly(1, 1, 3, 4);
        assertThat(notification.rows()).extracting(r -> r.item().memberId()).containsExactly(order.get(1), order.get(2), order.get(0), order.get(3));
        assertThat(notification.rows().get(0).item().score().map(AnnualScore::total)).contains(Points.of(17));
        assertThat(notification.byGroup(NotificationRow::sectorId)).extracting(GroupTotals::key, GroupTotals::members, GroupTotals::averageTenths)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ECONOMY, 2, 125), org.assertj.core.groups.Tuple.tuple(EDUCATION, 2, 110));
    }

    @Test
    void the_shortlist_takes_ties_at_the_last_place_and_leaves_out_unexcused_absences() {
        MemberFacts best = member(ECONOMY, 5, 2, List.of(plenary(Attendance.UNEXCUSED)));
        MemberFacts second = member(ECONOMY, 5, 1, List.of(plenary(Attendance.PRESENT)));
        MemberFacts tiedA = member(EDUCATION, 4, 1, List.of(plenary(Attendance.EXCUSED)));
        MemberFacts tiedB = member(EDUCATION, 4, 1, List.of());
        MemberFacts last = member(EDUCATION, 1, 0, List.of());
        SchemeDraft example = ExampleScheme.draft();
        ScoringScheme everyonePasses = ScoringScheme.first(COMMITTEE, 2024, new SchemeDraft(example.items(), Points.ZERO, example.maximum(), Points.ZERO,
                List.of(new GradeBand("合格", Points.ZERO)), Optional.empty()), ScoringRuleTypes.builtIn(), "x", Instant.EPOCH);
        AnnualEvaluation lenient = new AnnualEvaluation(2024, LocalDate.of(2025, 1, 10), Optional.of(everyonePasses),
                DisciplinePolicy.of(COMMITTEE, DisciplinePreset.YUEQING));
        AnnualNotification notification = AnnualNotification.of(2024, lenient.evaluateAll(List.of(best, second, tiedA, tiedB, last)), byOrder());

        List<Ranked<NotificationRow>> shortlist = notification.shortlist(2, 0);

        assertThat(shortlist).extracting(r -> r.item().memberId()).containsExactly(second.memberId(), tiedA.memberId(), tiedB.memberId());
        assertThat(shortlist).extracting(Ranked::rank).containsExactly(1, 2, 2);
        assertThat(notification.shortlist(5, 1000)).isEmpty();
    }

    @Test
    void quarterly_statistics_count_per_member_sector_and_organising_special_committee() {
        MemberFacts a = member(ECONOMY, 5, 1, List.of(plenary(Attendance.PRESENT)));
        MemberFacts b = member(ECONOMY, 0, 0, List.of(plenary(Attendance.UNEXCUSED)));
        SpecialCommitteeId economyCommittee = SpecialCommitteeId.generate();
        DutyActivity organised = DutyActivity.schedule(ActivityId.generate(), COMMITTEE, new ActivityDraft(13, ActivityKind.SPECIAL_CONSULTATION, "专题协商",
                        LocalDateTime.of(2024, 2, 20, 9, 0), LocalDateTime.of(2024, 2, 20, 12, 0), Optional.empty(), "经济委员会",
                        Optional.of(economyCommittee), Audience.invited(true)))
                .invite(List.of(a.memberId(), b.memberId()), true)
                .recordAttendance(Map.of(a.memberId(), true, b.memberId(), false), LocalDateTime.of(2024, 2, 20, 10, 0));

        QuarterlyStatistics q1 = QuarterlyStatistics.of(2024, 1, evaluation.evaluateAll(List.of(a, b)), List.of(organised));

        assertThat(q1.members().get(0).count(Category.ATTENDANCE)).isEqualTo(2);
        assertThat(q1.members().get(0).attendance()).isEqualTo(new AttendanceSummary(1, 1, 0, 0));
        assertThat(q1.members().get(1).attendance()).isEqualTo(new AttendanceSummary(1, 0, 0, 1));
        assertThat(q1.sectors()).singleElement().satisfies(row -> {
            assertThat(row.members()).isEqualTo(2);
            assertThat(row.attendance()).isEqualTo(new AttendanceSummary(2, 1, 0, 1));
        });
        assertThat(q1.specialCommittees()).containsExactly(new OrganiserRow(economyCommittee, 1, new AttendanceSummary(2, 1, 0, 1)));
        assertThat(QuarterlyStatistics.of(2024, 2, evaluation.evaluateAll(List.of(a, b)), List.of(organised)).members().get(0)
                .count(Category.TRAINING)).isEqualTo(1);
    }

    @Test
    void the_term_evaluation_averages_the_years_and_reports_training_coverage() {
        MemberFacts trained = member(ECONOMY, 5, 1, List.of());
        MemberFacts untrained = member(ECONOMY, 1, 0, List.of());
        List<AnnualScore> scores = List.of(
                new AnnualScore(trained.memberId(), 2023, 1, Points.of(70), "合格", true),
                new AnnualScore(trained.memberId(), 2024, 2, Points.of(81), "合格", true),
                new AnnualScore(untrained.memberId(), 2024, 2, Points.of(40), "不合格", false));

        TermEvaluation term = TermEvaluation.of(TERM, List.of(untrained, trained), scores, byOrder());

        assertThat(term.rows()).extracting(r -> r.item().memberId(), r -> r.item().averageTenths(), r -> r.item().failedYears())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(trained.memberId(), 755, 0),
                        org.assertj.core.groups.Tuple.tuple(untrained.memberId(), 400, 1));
        assertThat(term.untrained()).containsExactly(untrained.memberId());
        assertThat(term.trainedShare()).isEqualTo(500);
    }
}
