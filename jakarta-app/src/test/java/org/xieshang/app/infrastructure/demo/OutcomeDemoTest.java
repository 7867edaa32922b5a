package org.xieshang.app.infrastructure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.activity.ActivityAdministration;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.consultation.ConsultationAdministration;
import org.xieshang.domain.duty.DutyRecorder;
import org.xieshang.domain.inmemory.InMemoryActivities;
import org.xieshang.domain.inmemory.InMemoryConsultationActivities;
import org.xieshang.domain.inmemory.InMemoryConsultationPlans;
import org.xieshang.domain.inmemory.InMemoryDutyEvents;
import org.xieshang.domain.inmemory.InMemoryPublicSubmissions;
import org.xieshang.domain.inmemory.InMemoryTrackedOutcomes;
import org.xieshang.domain.notification.Notice;
import org.xieshang.domain.outcome.OutcomeStage;
import org.xieshang.domain.outcome.OutcomeTracking;
import org.xieshang.domain.outcome.SuggestionAction;
import org.xieshang.domain.outcome.SuggestionStatus;
import org.xieshang.domain.outcome.TrackedOutcome;
import org.xieshang.domain.outcome.TrackedSuggestion;
import org.xieshang.domain.outcome.TrackingEntry;
import org.xieshang.domain.testkit.StorageUnderTest;

class OutcomeDemoTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final CommitteeId CITY = DemoIds.committee("CH");
    private static final CommitteeId YUNXIU = DemoIds.committee("YX");

    private static Demo demo;

    /** The demo organisation with its consultations' outcome reports handed over and followed up, in memory. */
    private record Demo(StorageUnderTest organisation, InMemoryTrackedOutcomes outcomes, List<Notice> notices, DemoCalendar calendar, int followed) {

        List<TrackedOutcome> of(CommitteeId committee) {
            return outcomes.of(committee, calendar.today().getYear());
        }

        List<TrackedOutcome> all() {
            return Stream.concat(of(CITY).stream(), of(YUNXIU).stream()).toList();
        }

        int followAgain() {
            return new OutcomeDemo(organisation.committees(), outcomes, organisation.handlingUnits(), notices::add, calendar).load();
        }
    }

    @BeforeAll
    static void buildOnce() {
        demo = build(TODAY);
    }

    @Test
    void leavesTheCitysNewestReportSubmittedAndWaitingForTheLeaders() {
        TrackedOutcome newest = demo.of(CITY).get(0);

        assertThat(newest.stage()).isEqualTo(OutcomeStage.SUBMITTED);
        assertThat(newest.submission().orElseThrow().to()).isEqualTo("中共澄湖市委、澄湖市人民政府");
        assertThat(newest.suggestions()).extracting(TrackedSuggestion::status).containsOnly(SuggestionStatus.PENDING);
    }

    @Test
    void hasTheOlderReportsInstructedByTheirPartySecretaryTheCitysBeingTheDemoLeader() {
        TrackedOutcome cityReport = demo.of(CITY).get(1);
        TrackedOutcome countyReport = demo.of(YUNXIU).get(0);

        assertThat(cityReport.stage()).isEqualTo(OutcomeStage.INSTRUCTED);
        assertThat(cityReport.instructions()).singleElement().satisfies(i -> assertThat(i.leader()).isEqualTo("市委书记 " + DemoAccounts.LEADER_NAME));
        assertThat(countyReport.instructions()).singleElement().satisfies(i -> assertThat(i.leader()).startsWith("县委书记"));
    }

    @Test
    void assignsEverySuggestionOfAnInstructedReportToAnActiveDepartmentOfItsCommitteeTheOneItAddressesWhenRegistered() {
        TrackedOutcome report = demo.of(CITY).get(1);
        List<HandlingUnit> cityUnits = demo.organisation().handlingUnits().ofCommittee(CITY, true);

        assertThat(report.suggestions()).allSatisfy(s -> assertThat(cityUnits).extracting(HandlingUnit::id).contains(s.department().orElseThrow()));
        TrackedSuggestion toPlanning = report.suggestions().stream().filter(s -> s.addressee().orElse("").equals("澄湖市发展和改革委员会"))
                .findFirst().orElseThrow();
        assertThat(demo.organisation().handlingUnits().require(toPlanning.department().orElseThrow()).name()).isEqualTo("澄湖市发展和改革委员会");
        assertThat(demo.notices()).as("each department is told").hasSizeGreaterThanOrEqualTo(report.suggestions().size());
    }

    @Test
    void takesSuggestionsThroughAdoptionImplementationSupervisionAndFollowUpAndLeavesOneOverdue() {
        List<TrackedSuggestion> suggestions = demo.all().stream().flatMap(o -> o.suggestions().stream()).toList();

        assertThat(suggestions).extracting(TrackedSuggestion::status)
                .contains(SuggestionStatus.IMPLEMENTED, SuggestionStatus.PARTLY_ADOPTED, SuggestionStatus.ASSIGNED, SuggestionStatus.PENDING);
        assertThat(suggestions.stream().flatMap(s -> s.log().stream()).map(TrackingEntry::action))
                .contains(SuggestionAction.SUPERVISE, SuggestionAction.FOLLOW_UP);
        assertThat(suggestions).filteredOn(s -> s.isOverdue(TODAY)).hasSize(1);
    }

    @Test
    void datesEveryStepInOrderAndNeverAfterToday() {
        assertThat(demo.all()).allSatisfy(o -> {
            LocalDate submitted = o.submission().orElseThrow().submittedOn();
            assertThat(submitted).isAfterOrEqualTo(o.reportedOn()).isBeforeOrEqualTo(TODAY);
            o.instructions().forEach(i -> assertThat(i.givenOn()).isAfterOrEqualTo(submitted).isBeforeOrEqualTo(TODAY));
            o.suggestions().forEach(s -> {
                List<LocalDate> days = s.log().stream().map(TrackingEntry::on).toList();
                assertThat(days).isSorted().allSatisfy(day -> assertThat(day).isAfter(submitted).isBeforeOrEqualTo(TODAY));
            });
        });
    }

    @Test
    void followsUpOnceOnly() {
        Demo fresh = build(TODAY);
        List<TrackedOutcome> before = fresh.all();

        assertThat(fresh.followed()).isEqualTo(3);
        assertThat(fresh.followAgain()).isZero();
        assertThat(fresh.all()).isEqualTo(before);
    }

    @Test
    void stopsEachReportAtItsLastStepInThePastEarlierInTheYear() {
        LocalDate july = LocalDate.of(2026, 7, 1);
        Demo early = build(july);

        assertThat(early.all()).isNotEmpty().allSatisfy(o -> {
            assertThat(o.submission().orElseThrow().submittedOn()).isBeforeOrEqualTo(july);
            o.suggestions().forEach(s -> s.log().forEach(e -> assertThat(e.on()).isBeforeOrEqualTo(july)));
        });
    }

    private static Demo build(LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(9, 30).atZone(SHANGHAI).toInstant(), SHANGHAI);
        StorageUnderTest organisation = StorageUnderTest.inMemory();
        DemoOrganisation.load(organisation.committees(), organisation.sectors(), organisation.sectorGroups(), organisation.specialCommittees(),
                organisation.handlingUnits(), organisation.members(), organisation.liaisonGroups(), organisation.workstations(), clock);
        InMemoryTrackedOutcomes outcomes = new InMemoryTrackedOutcomes();
        List<Notice> notices = new ArrayList<>();
        OutcomeTracking handover = new OutcomeTracking(outcomes, organisation.handlingUnits(), notices::add, clock);
        InMemoryActivities meetings = new InMemoryActivities();
        InMemoryConsultationPlans plans = new InMemoryConsultationPlans();
        InMemoryConsultationActivities activities = new InMemoryConsultationActivities();
        ActivityAdministration attendance = new ActivityAdministration(organisation.committees(), organisation.sectors(),
                organisation.specialCommittees(), organisation.members(), meetings, new DutyRecorder(organisation.members(), new InMemoryDutyEvents(), clock),
                clock);
        ConsultationAdministration consultation = new ConsultationAdministration(organisation.committees(), plans, activities, attendance, handover, clock);
        DemoCalendar calendar = new DemoCalendar(clock);
        new ConsultationDemo(new ConsultationDemoWiring(organisation.committees(), organisation.members(), organisation.sectors(),
                organisation.specialCommittees(), plans, new InMemoryPublicSubmissions(), meetings, consultation, attendance, activities, handover),
                calendar).load();
        int followed = new OutcomeDemo(organisation.committees(), outcomes, organisation.handlingUnits(), notices::add, calendar).load();
        return new Demo(organisation, outcomes, notices, calendar, followed);
    }
}
