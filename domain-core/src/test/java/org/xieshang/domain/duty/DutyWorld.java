package org.xieshang.domain.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.xieshang.domain.activity.ActivityAdministration;
import org.xieshang.domain.activity.ActivityDraft;
import org.xieshang.domain.activity.ActivityKind;
import org.xieshang.domain.activity.Audience;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.duty.discipline.DisciplineRuleTypes;
import org.xieshang.domain.duty.evaluation.DutyAssessment;
import org.xieshang.domain.duty.evaluation.DutyFacts;
import org.xieshang.domain.duty.scoring.ScoringRuleTypes;
import org.xieshang.domain.member.DecisionId;
import org.xieshang.domain.member.DecisionKind;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.MembershipDecision;
import org.xieshang.domain.member.PartyAffiliation;
import org.xieshang.domain.sector.Sector;
import org.xieshang.domain.sector.SectorId;
import org.xieshang.domain.testkit.DutyStorage;
import org.xieshang.domain.testkit.Fixtures;
import org.xieshang.domain.testkit.StorageUnderTest;
import org.xieshang.domain.testkit.TestClock;

/** A committee in term 13 (2022-01-10 to 2027-01-09) with in-memory storage and the duty use cases wired, for tests. */
public final class DutyWorld {

    public final StorageUnderTest storage = StorageUnderTest.inMemory();
    public final DutyStorage duty = DutyStorage.inMemory();
    public final TestClock clock = new TestClock(LocalDateTime.of(2022, 1, 10, 8, 0));
    public final Committee committee;
    public final Sector sector;
    public final DutyRecorder recorder = new DutyRecorder(storage.members(), duty.events(), clock);
    public final ActivityAdministration activities;
    public final DutyAssessment assessment;
    private int codes;

    public DutyWorld() {
        committee = storage.committees().save(Fixtures.cityCommittee()
                .schedulePlenarySession(13, LocalDate.of(2023, 1, 10), LocalDate.of(2023, 1, 13))
                .schedulePlenarySession(13, LocalDate.of(2024, 1, 12), LocalDate.of(2024, 1, 15))
                .schedulePlenarySession(13, LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 13)));
        sector = storage.sectors().save(Sector.create(SectorId.generate(), committee.id(), "经济", 1));
        activities = new ActivityAdministration(storage.committees(), storage.sectors(), storage.specialCommittees(), storage.members(),
                duty.activities(), recorder, clock);
        assessment = new DutyAssessment(storage.committees(), storage.members(), duty.events(),
                new DutyFacts(storage.members(), duty.events(), duty.activities(), duty.schemes()), duty.schemes(), duty.policies(),
                duty.findings(), ScoringRuleTypes.builtIn(), DisciplineRuleTypes.builtIn(), clock);
    }

    /** A member appointed (and active) from the given day, a standing member from the same day if asked. */
    public Member member(String name, LocalDate appointedOn, boolean standing) {
        return member(name, appointedOn, standing, sector.id());
    }

    /** A member of the given sector, appointed (and active) from the given day. */
    public Member member(String name, LocalDate appointedOn, boolean standing, SectorId sectorId) {
        var term = committee.requireTerm(13);
        Member member = Fixtures.member(committee, "M" + (++codes), Fixtures.minimalProfile(name, PartyAffiliation.CPC))
                .record(decision(DecisionKind.APPOINTMENT, sectorId, appointedOn), term)
                .record(decision(DecisionKind.TAKING_OFFICE, null, appointedOn), term);
        if (standing) {
            member = member.record(decision(DecisionKind.STANDING_APPOINTMENT, null, appointedOn), term);
        }
        return storage.members().save(member);
    }

    /** Records a membership decision on a stored member and returns its identifier. */
    public DecisionId decide(MemberId memberId, DecisionKind kind, LocalDate on) {
        Member member = storage.members().require(memberId);
        MembershipDecision decision = decision(kind, null, on);
        storage.members().save(member.record(decision, committee.requireTerm(13)));
        return decision.id();
    }

    /** Schedules an activity (the clock is moved to a week before it) and invites its audience. */
    public DutyActivity meeting(ActivityKind kind, LocalDate day, Audience audience) {
        clock.setTo(day.minusDays(7).atTime(9, 0));
        return activities.schedule(committee.id(), new ActivityDraft(13, kind, kind.name() + " " + day, day.atTime(9, 0), day.atTime(17, 0),
                Optional.of("会议中心"), "办公室", Optional.empty(), audience));
    }

    /** Takes attendance just after the activity started. */
    public DutyActivity attendance(DutyActivity activity, Map<MemberId, Boolean> presence) {
        clock.setTo(activity.details().startsAt().plusHours(1));
        DutyActivity current = duty.activities().require(activity.id());
        return activities.recordAttendance(activity.id(), current.version(), presence);
    }

    /** Records an event by hand, with the clock at the end of that day. */
    public DutyEvent event(MemberId memberId, DutyEventKind kind, LocalDate day) {
        clock.setTo(day.atTime(20, 0));
        return recorder.recordManually(new DutyEventDraft(committee.id(), memberId, kind, day,
                SourceRef.of(SourceType.MANUAL, kind + "-" + day + "-" + memberId), kind.name()));
    }

    private static MembershipDecision decision(DecisionKind kind, SectorId sector, LocalDate on) {
        return new MembershipDecision(DecisionId.generate(), kind, 13, Optional.ofNullable(sector), "主席会议", on, on, "依据政协章程",
                Optional.empty(), Instant.parse("2022-01-10T02:00:00Z"));
    }
}
