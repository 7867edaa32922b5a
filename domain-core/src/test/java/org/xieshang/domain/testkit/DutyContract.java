package org.xieshang.domain.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.activity.ActivityDraft;
import org.xieshang.domain.activity.ActivityId;
import org.xieshang.domain.activity.ActivityKind;
import org.xieshang.domain.activity.ActivityQuery;
import org.xieshang.domain.activity.Attendance;
import org.xieshang.domain.activity.Audience;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.duty.DutyEventDraft;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.DutyReport;
import org.xieshang.domain.duty.DutyReportKind;
import org.xieshang.domain.duty.DutyReportStatus;
import org.xieshang.domain.duty.RuleDefinition;
import org.xieshang.domain.duty.SourceRef;
import org.xieshang.domain.duty.SourceType;
import org.xieshang.domain.duty.discipline.DisciplinePolicy;
import org.xieshang.domain.duty.discipline.DisciplinePreset;
import org.xieshang.domain.duty.discipline.DisciplineRuleTypes;
import org.xieshang.domain.duty.discipline.Finding;
import org.xieshang.domain.duty.discipline.FindingDecision;
import org.xieshang.domain.duty.discipline.FindingDraft;
import org.xieshang.domain.duty.discipline.FindingKind;
import org.xieshang.domain.duty.discipline.FindingOutcome;
import org.xieshang.domain.duty.discipline.FindingQuery;
import org.xieshang.domain.duty.scoring.AnnualScore;
import org.xieshang.domain.duty.scoring.ExampleScheme;
import org.xieshang.domain.duty.scoring.Points;
import org.xieshang.domain.duty.scoring.SchemeDraft;
import org.xieshang.domain.duty.scoring.ScoringRuleTypes;
import org.xieshang.domain.duty.scoring.ScoringScheme;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.shared.ConcurrentUpdateException;
import org.xieshang.domain.shared.DuplicateException;
import org.xieshang.domain.shared.PageRequest;

/** What every adapter of the duty-file ports must do. */
public abstract class DutyContract extends StorageContract {

    private static final Instant NOW = Instant.parse("2024-03-01T02:00:00Z");

    /** @return the adapter's duty-file ports, never null */
    protected abstract DutyStorage duty();

    @Test
    void events_come_back_by_member_and_period_and_a_fact_is_recorded_once() {
        Committee committee = storedCommittee();
        MemberId member = MemberId.generate();
        SourceRef meeting = SourceRef.of(SourceType.ACTIVITY, ActivityId.generate());
        DutyEvent attended = event(committee, member, DutyEventKind.ATTENDED_PLENARY, LocalDate.of(2024, 1, 12), meeting);
        DutyEvent speech = event(committee, member, DutyEventKind.SPEECH_ORAL, LocalDate.of(2024, 1, 13), meeting);
        DutyEvent later = event(committee, member, DutyEventKind.PROPOSAL_LEAD, LocalDate.of(2025, 1, 3), SourceRef.of(SourceType.PROPOSAL, "P-1"));
        duty().events().add(later);
        duty().events().add(speech);
        duty().events().add(attended);

        assertThat(duty().events().find(attended.id())).contains(attended);
        assertThat(duty().events().ofMember(member, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).containsExactly(attended, speech);
        assertThatThrownBy(() -> duty().events().add(event(committee, member, DutyEventKind.ATTENDED_PLENARY, LocalDate.of(2024, 1, 12), meeting)))
                .isInstanceOf(DuplicateException.class).extracting("code").isEqualTo("duty-event.duplicate");

        List<DutyEvent> streamed = new ArrayList<>();
        duty().events().forEachOfCommittee(committee.id(), LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), streamed::add);
        assertThat(streamed).containsExactlyInAnyOrder(attended, speech, later);

        assertThat(duty().events().removeFrom(member, meeting)).isEqualTo(2);
        assertThat(duty().events().remove(later.id())).isTrue();
        assertThat(duty().events().ofMember(member, LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1))).isEmpty();
    }

    @Test
    void a_batch_is_stored_whole_or_not_at_all() {
        Committee committee = storedCommittee();
        MemberId member = MemberId.generate();
        SourceRef meeting = SourceRef.of(SourceType.ACTIVITY, ActivityId.generate());
        DutyEvent first = event(committee, member, DutyEventKind.ATTENDED_PLENARY, LocalDate.of(2024, 1, 12), meeting);
        DutyEvent second = event(committee, MemberId.generate(), DutyEventKind.ATTENDED_PLENARY, LocalDate.of(2024, 1, 12), meeting);
        duty().events().addAll(List.of(first, second));
        DutyEvent third = event(committee, MemberId.generate(), DutyEventKind.ABSENT_UNEXCUSED, LocalDate.of(2024, 1, 12), meeting);
        DutyEvent again = event(committee, member, DutyEventKind.ATTENDED_PLENARY, LocalDate.of(2024, 1, 12), meeting);

        assertThatThrownBy(() -> duty().events().addAll(List.of(third, again))).isInstanceOf(DuplicateException.class);
        assertThatThrownBy(() -> duty().events().addAll(List.of(third, third))).isInstanceOf(DuplicateException.class);

        List<DutyEvent> stored = new ArrayList<>();
        duty().events().forEachOfCommittee(committee.id(), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), stored::add);
        assertThat(stored).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void an_activity_comes_back_with_invitations_leave_and_attendance() {
        Committee committee = storedCommittee();
        MemberId first = MemberId.generate();
        MemberId second = MemberId.generate();
        DutyActivity activity = DutyActivity.schedule(ActivityId.generate(), committee.id(), draft(LocalDateTime.of(2024, 1, 12, 9, 0)))
                .invite(List.of(first, second), true)
                .requestLeave(first, "出差", "member.demo", LocalDateTime.of(2024, 1, 10, 9, 0), NOW)
                .decideLeave(first, true, "dutyfile.demo", null, NOW.plusSeconds(60))
                .recordAttendance(Map.of(first, false, second, true), LocalDateTime.of(2024, 1, 12, 10, 0));

        DutyActivity saved = duty().activities().save(activity);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(duty().activities().find(activity.id())).contains(saved);
        assertThat(saved.invitation(first).orElseThrow().attendance()).isEqualTo(Attendance.EXCUSED);
        assertThatThrownBy(() -> duty().activities().save(activity)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(duty().activities().invitingMember(second, ActivityQuery.ofYear(committee.id(), 2024))).containsExactly(saved);
        assertThat(duty().activities().invitingMember(MemberId.generate(), ActivityQuery.ofYear(committee.id(), 2024))).isEmpty();
    }

    @Test
    void activities_list_earliest_first_and_page_latest_first_and_show_pending_leave() {
        Committee committee = storedCommittee();
        MemberId member = MemberId.generate();
        DutyActivity january = duty().activities().save(DutyActivity.schedule(ActivityId.generate(), committee.id(),
                draft(LocalDateTime.of(2024, 1, 12, 9, 0))));
        DutyActivity june = duty().activities().save(DutyActivity.schedule(ActivityId.generate(), committee.id(),
                draft(LocalDateTime.of(2024, 6, 12, 9, 0))).invite(List.of(member), true)
                .requestLeave(member, "住院", "member.demo", LocalDateTime.of(2024, 6, 1, 9, 0), NOW));
        duty().activities().save(DutyActivity.schedule(ActivityId.generate(), committee.id(), draft(LocalDateTime.of(2025, 1, 12, 9, 0))));

        assertThat(duty().activities().list(ActivityQuery.ofYear(committee.id(), 2024))).containsExactly(january, june);
        var page = duty().activities().search(ActivityQuery.ofYear(committee.id(), 2024), PageRequest.of(0, 1));
        assertThat(page.items()).containsExactly(june);
        assertThat(page.totalElements()).isEqualTo(2);
        assertThat(duty().activities().withPendingLeave(committee.id())).containsExactly(june);
    }

    @Test
    void scheme_revisions_and_the_scores_under_each_stay() {
        Committee committee = storedCommittee();
        ScoringScheme first = ScoringScheme.first(committee.id(), 2024, ExampleScheme.draft(), ScoringRuleTypes.builtIn(), "dutyfile.demo", NOW);
        duty().schemes().add(first);
        ScoringScheme second = first.revise(withPassMark(70), ScoringRuleTypes.builtIn(), "dutyfile.demo", NOW.plusSeconds(60));
        duty().schemes().add(second);
        MemberId member = MemberId.generate();
        duty().schemes().putScores(committee.id(), 2024, 1, List.of(new AnnualScore(member, 2024, 1, Points.of(65), "合格", true)));
        duty().schemes().putScores(committee.id(), 2024, 2, List.of(new AnnualScore(member, 2024, 2, Points.of(65), "不合格", false)));

        assertThat(duty().schemes().current(committee.id(), 2024)).contains(second);
        assertThat(duty().schemes().revisions(committee.id(), 2024)).containsExactly(first, second);
        assertThat(duty().schemes().current(committee.id(), 2025)).isEmpty();
        assertThat(duty().schemes().scores(committee.id(), 2024, 1)).extracting(AnnualScore::passed).containsExactly(true);
        assertThat(duty().schemes().scores(committee.id(), 2024, 2)).extracting(AnnualScore::passed).containsExactly(false);
        assertThatThrownBy(() -> duty().schemes().add(first.revise(withPassMark(50), ScoringRuleTypes.builtIn(), "other", NOW)))
                .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void a_policy_keeps_its_rules_and_version() {
        Committee committee = storedCommittee();
        DisciplinePolicy saved = duty().policies().save(DisciplinePolicy.of(committee.id(), DisciplinePreset.YUEQING));
        List<RuleDefinition> changed = new ArrayList<>(saved.definitions());
        changed.set(3, RuleDefinition.of("failing-years", "count", "3"));
        DisciplinePolicy again = duty().policies().save(saved.withRules(changed, DisciplineRuleTypes.builtIn()));

        assertThat(duty().policies().find(committee.id())).contains(again);
        assertThat(again.definitions()).isEqualTo(changed);
        assertThat(again.basedOn()).contains(DisciplinePreset.YUEQING);
        assertThatThrownBy(() -> duty().policies().save(saved)).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void findings_are_one_per_member_kind_and_year_and_keep_their_decision() {
        Committee committee = storedCommittee();
        MemberId member = MemberId.generate();
        FindingDraft draft = new FindingDraft(FindingKind.ASK_TO_RESIGN, "consecutive-absences", "finding.consecutive-absences",
                List.of("2", "全体会议", "2023-01-10 十三届二次会议；2024-01-12 十三届三次会议"),
                List.of(SourceRef.of(SourceType.ACTIVITY, ActivityId.generate()), SourceRef.of(SourceType.ACTIVITY, ActivityId.generate())));
        Finding saved = duty().findings().save(Finding.raise(committee.id(), member, 13, 2024, draft, NOW));
        Finding decided = duty().findings().save(saved.decide(new FindingDecision(FindingOutcome.NO_ACTION, "因公出国，已补假", "dutyfile.demo",
                NOW.plusSeconds(3600), Optional.empty())));

        assertThat(duty().findings().find(saved.id())).contains(decided);
        assertThat(duty().findings().find(member, FindingKind.ASK_TO_RESIGN, 2024)).contains(decided);
        assertThat(duty().findings().find(member, FindingKind.ASK_TO_RESIGN, 2023)).isEmpty();
        assertThatThrownBy(() -> duty().findings().save(Finding.raise(committee.id(), member, 13, 2024, draft, NOW)))
                .isInstanceOf(DuplicateException.class);
        assertThatThrownBy(() -> duty().findings().save(saved)).isInstanceOf(ConcurrentUpdateException.class);
        FindingQuery open = new FindingQuery(committee.id(), Optional.of(2024), Optional.of(true), Optional.empty(), Optional.empty());
        assertThat(duty().findings().search(open, PageRequest.of(0, 10)).items()).isEmpty();
        assertThat(duty().findings().search(FindingQuery.of(committee.id()), PageRequest.of(0, 10)).items()).containsExactly(decided);
    }

    @Test
    void a_report_is_one_per_member_year_and_kind_and_keeps_its_review() {
        Committee committee = storedCommittee();
        MemberId member = MemberId.generate();
        DutyReport draft = duty().reports().save(DutyReport.draft(committee.id(), member, 2024, DutyReportKind.ANNUAL_REPORT, "全年参加会议 6 次……"));
        DutyReport returned = duty().reports().save(draft.submit(NOW).review(false, "dutyfile.demo", "请补充提案情况"));

        assertThat(duty().reports().find(draft.id())).contains(returned);
        assertThat(duty().reports().find(member, 2024, DutyReportKind.ANNUAL_REPORT)).contains(returned);
        assertThat(duty().reports().find(member, 2024, DutyReportKind.STANDING_MEMBER_REPORT)).isEmpty();
        assertThatThrownBy(() -> duty().reports().save(DutyReport.draft(committee.id(), member, 2024, DutyReportKind.ANNUAL_REPORT, "again")))
                .isInstanceOf(DuplicateException.class);
        assertThatThrownBy(() -> duty().reports().save(draft)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(duty().reports().search(committee.id(), 2024, DutyReportStatus.RETURNED, PageRequest.of(0, 10)).items()).containsExactly(returned);
        assertThat(duty().reports().search(committee.id(), 2024, DutyReportStatus.SUBMITTED, PageRequest.of(0, 10)).items()).isEmpty();
    }

    private static SchemeDraft withPassMark(int passMark) {
        var draft = ExampleScheme.draft();
        return new SchemeDraft(draft.items(), draft.base(), draft.maximum(), Points.of(passMark), draft.bands(),
                Optional.of("提高合格线"));
    }

    private static ActivityDraft draft(LocalDateTime startsAt) {
        return new ActivityDraft(13, ActivityKind.PLENARY_SESSION, "全体会议 " + startsAt.toLocalDate(), startsAt, startsAt.plusHours(4),
                Optional.of("市政协会议中心"), "办公室", Optional.empty(), Audience.allMembers(true));
    }

    private static DutyEvent event(Committee committee, MemberId member, DutyEventKind kind, LocalDate day, SourceRef source) {
        return DutyEvent.of(new DutyEventDraft(committee.id(), member, kind, day, source, kind.name()), NOW);
    }
}
