package org.xieshang.app.infrastructure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xieshang.app.infrastructure.demo.ConsultationDemo.Summary;
import org.xieshang.domain.activity.ActivityAdministration;
import org.xieshang.domain.activity.ActivityQuery;
import org.xieshang.domain.activity.Attendance;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.activity.Invitation;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.consultation.ConsultationActivity;
import org.xieshang.domain.consultation.ConsultationAdministration;
import org.xieshang.domain.consultation.ConsultationForm;
import org.xieshang.domain.consultation.ConsultationPlan;
import org.xieshang.domain.consultation.ConsultationStep;
import org.xieshang.domain.consultation.ContentArea;
import org.xieshang.domain.consultation.OutcomeReport;
import org.xieshang.domain.consultation.Participant;
import org.xieshang.domain.consultation.ParticipantKind;
import org.xieshang.domain.consultation.PlanStatus;
import org.xieshang.domain.consultation.PublicSubmission;
import org.xieshang.domain.consultation.StepRecord;
import org.xieshang.domain.consultation.SubmissionStatus;
import org.xieshang.domain.consultation.Topic;
import org.xieshang.domain.consultation.TopicSource;
import org.xieshang.domain.duty.DutyRecorder;
import org.xieshang.domain.inmemory.InMemoryActivities;
import org.xieshang.domain.inmemory.InMemoryConsultationActivities;
import org.xieshang.domain.inmemory.InMemoryConsultationPlans;
import org.xieshang.domain.inmemory.InMemoryDutyEvents;
import org.xieshang.domain.inmemory.InMemoryPublicSubmissions;
import org.xieshang.domain.specialcommittee.SpecialCommittee;
import org.xieshang.domain.testkit.StorageUnderTest;

class ConsultationDemoTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final CommitteeId CITY = DemoIds.committee("CH");
    private static final CommitteeId WANGCHUAN = DemoIds.committee("WC");
    private static final CommitteeId YUNXIU = DemoIds.committee("YX");

    private static Demo demo;

    /** The demo organisation and its consultation work, built on in-memory storage. */
    private record Demo(StorageUnderTest organisation, InMemoryConsultationPlans plans, InMemoryConsultationActivities activities,
                        InMemoryPublicSubmissions submissions, InMemoryActivities meetings, List<OutcomeReport> outcomes, LocalDate today,
                        Summary summary) {

        ConsultationPlan plan(CommitteeId committee) {
            return plans.find(committee, today.getYear()).orElseThrow();
        }

        List<ConsultationActivity> ledBy(CommitteeId committee) {
            return activities.ofCommittee(committee, today.getYear()).stream().filter(a -> a.committeeId().equals(committee)).toList();
        }

        List<ConsultationActivity> all() {
            List<ConsultationActivity> all = new ArrayList<>(ledBy(CITY));
            all.addAll(ledBy(YUNXIU));
            return all;
        }
    }

    @BeforeAll
    static void buildOnce() {
        demo = build(TODAY);
        System.out.println(demo.summary().describe());
    }

    @Test
    void publishesTheCitysPlanApprovedByTheCitysPartyCommitteeEarlyInTheYear() {
        ConsultationPlan plan = demo.plan(CITY);

        assertThat(plan.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(plan.approval()).hasValueSatisfying(approval -> {
            assertThat(approval.by()).isEqualTo("中共澄湖市委");
            assertThat(approval.on()).isBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28));
            assertThat(approval.reason()).matches("澄委办发〔2026〕\\d+号：.*年度政治协商工作计划.*");
        });
        assertThat(plan.topics()).hasSizeBetween(10, 12);
    }

    @Test
    void hasATopicFromEverySourceInEveryQuarterEachScreenedAsConsultable() {
        List<Topic> topics = demo.plan(CITY).topics();

        assertThat(topics).extracting(Topic::source).containsAll(List.of(TopicSource.values()));
        assertThat(topics).extracting(Topic::plannedQuarter).contains(1, 2, 3, 4);
        assertThat(topics.stream().map(Topic::area).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(6)
                .contains(ContentArea.SOCIAL_SECURITY, ContentArea.EDUCATION, ContentArea.HOUSING);
        assertThat(topics).allSatisfy(topic -> {
            assertThat(topic.isCleared()).isTrue();
            assertThat(topic.screening().orElseThrow().reason()).isNotBlank();
        });
    }

    @Test
    void consultsInSeveralFormsWithTheCounterpartConsultationLedByASpecialCommitteeOfTheCity() {
        List<Topic> topics = demo.plan(CITY).topics();
        Set<ConsultationForm> forms = topics.stream().map(Topic::form).collect(Collectors.toSet());

        assertThat(forms).contains(ConsultationForm.SECTOR_CONSULTATION, ConsultationForm.COUNTERPART_CONSULTATION,
                ConsultationForm.STANDING_COMMITTEE_SPECIAL_TOPIC, ConsultationForm.CITY_COUNTY_JOINT);
        assertThat(forms).anyMatch(ConsultationForm::isGrassroots);
        Topic counterpart = topics.stream().filter(t -> t.form() == ConsultationForm.COUNTERPART_CONSULTATION).findFirst().orElseThrow();
        assertThat(demo.organisation().specialCommittees().listOf(CITY)).extracting(SpecialCommittee::id)
                .contains(counterpart.leadSpecialCommittee().orElseThrow());
        assertThat(counterpart.counterpartDepartment()).isPresent();
    }

    @Test
    void takesActivitiesToAtLeastFiveDifferentStepsFromNotStartedToImplementationTracked() {
        Set<Integer> stepsDone = demo.ledBy(CITY).stream().map(a -> a.process().steps().size()).collect(Collectors.toSet());

        assertThat(stepsDone).hasSizeGreaterThanOrEqualTo(5).contains(0, 8);
    }

    @Test
    void datesEveryStepInOrderAndNeverAfterToday() {
        assertThat(demo.all()).allSatisfy(activity -> {
            List<LocalDate> days = activity.process().steps().stream().map(StepRecord::doneOn).toList();
            assertThat(days).isSorted().allSatisfy(day -> assertThat(day).isBeforeOrEqualTo(TODAY));
            assertThat(activity.process().steps()).allSatisfy(step -> assertThat(step.deliverable()).isNotBlank());
        });
    }

    @Test
    void holdsAMeetingWithAttendanceForEveryActivityPastTheMeetingStep() {
        List<ConsultationActivity> consulted = demo.all().stream().filter(a -> a.process().isConsulted()).toList();

        assertThat(consulted).hasSizeGreaterThanOrEqualTo(4).allSatisfy(activity -> {
            DutyActivity meeting = demo.meetings().require(activity.meeting().orElseThrow());
            assertThat(meeting.details().title()).isEqualTo(activity.title());
            assertThat(meeting.day()).isEqualTo(activity.process().record(ConsultationStep.CONSULT).orElseThrow().doneOn()).isBefore(TODAY);
            assertThat(meeting.invitations()).isNotEmpty().extracting(Invitation::attendance).containsOnly(Attendance.PRESENT);
        });
    }

    @Test
    void schedulesTheMeetingsOfActivitiesNotYetConsultedInTheFuture() {
        List<DutyActivity> upcoming = demo.all().stream().filter(a -> !a.process().isConsulted()).flatMap(a -> a.meeting().stream())
                .map(demo.meetings()::require).toList();

        assertThat(upcoming).isNotEmpty().allSatisfy(meeting -> assertThat(meeting.day()).isAfterOrEqualTo(TODAY));
    }

    @Test
    void invitesMembersExpertsDepartmentHeadsAndResidents() {
        List<Participant> participants = demo.ledBy(CITY).stream().flatMap(a -> a.participants().stream()).toList();

        assertThat(participants).extracting(Participant::kind).contains(ParticipantKind.MEMBER, ParticipantKind.EXPERT,
                ParticipantKind.DEPARTMENT_HEAD, ParticipantKind.RESIDENT);
        ConsultationActivity grassroots = demo.ledBy(CITY).stream().filter(a -> a.form().isGrassroots() && !a.participants().isEmpty())
                .findFirst().orElseThrow();
        assertThat(grassroots.participants()).extracting(Participant::kind).contains(ParticipantKind.RESIDENT, ParticipantKind.MEMBER);
    }

    @Test
    void namesTheDecidingPartyOrganisationOfEveryDecision() {
        List<StepRecord> decisions = demo.all().stream().flatMap(a -> a.process().record(ConsultationStep.ORGANISATIONAL_DECISION).stream())
                .toList();

        assertThat(decisions).isNotEmpty().allSatisfy(d -> assertThat(d.decidingOrganisation().orElseThrow()).startsWith("中共"));
    }

    @Test
    void consultsJointlyWithBothCountiesAndAMemberOfEach() {
        ConsultationActivity joint = demo.ledBy(CITY).stream().filter(a -> a.joint().isPresent()).findFirst().orElseThrow();

        assertThat(joint.joint().orElseThrow().counties()).containsExactlyInAnyOrder(WANGCHUAN, YUNXIU);
        for (CommitteeId county : List.of(WANGCHUAN, YUNXIU)) {
            assertThat(joint.participantsSeenBy(county)).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(ParticipantKind.MEMBER));
            assertThat(demo.activities().ofCommittee(county, 2026)).contains(joint);
            DutyActivity cityMeeting = demo.meetings().require(joint.meeting().orElseThrow());
            Participant own = joint.participantsSeenBy(county).get(0);
            assertThat(demo.meetings().list(ActivityQuery.ofYear(county, 2026))).as("the county's own record of the joint meeting")
                    .filteredOn(m -> m.details().startsAt().equals(cityMeeting.details().startsAt()))
                    .singleElement().satisfies(m -> assertThat(m.invitations()).singleElement().satisfies(i -> {
                        assertThat(i.memberId()).isEqualTo(own.memberId().orElseThrow());
                        assertThat(i.attendance()).as("taken, as the meeting is held").isEqualTo(Attendance.PRESENT);
                    }));
        }
    }

    @Test
    void handsOverTheOutcomeReportsOfConsultedActivities() {
        assertThat(demo.outcomes()).isNotEmpty().allSatisfy(report -> {
            assertThat(demo.activities().require(report.activityId()).process().isConsulted()).isTrue();
            assertThat(report.suggestions()).isNotEmpty();
        });
        assertThat(demo.summary().outcomes()).isEqualTo(demo.outcomes().size());
    }

    @Test
    void datesEachOutcomeReportAfterItsMeetingAndNeverAfterToday() {
        assertThat(demo.outcomes()).allSatisfy(report -> {
            ConsultationActivity activity = demo.activities().require(report.activityId());
            LocalDate met = activity.process().record(ConsultationStep.CONSULT).orElseThrow().doneOn();
            assertThat(report.reportedOn()).isAfter(met).isBeforeOrEqualTo(TODAY);
            assertThat(activity.outcomeReportedOn()).contains(report.reportedOn());
        });
        assertThat(demo.outcomes()).extracting(OutcomeReport::reportedOn).as("a report of the spring, for a follow-up with a past")
                .anyMatch(day -> day.isBefore(TODAY.minusMonths(3)));
    }

    @Test
    void storesPublicSubmissionsAdoptedDeclinedAndReceived() {
        List<PublicSubmission> submissions = demo.submissions().of(CITY, 2026);

        assertThat(submissions).extracting(PublicSubmission::status)
                .contains(SubmissionStatus.ADOPTED, SubmissionStatus.DECLINED, SubmissionStatus.RECEIVED);
        ConsultationPlan plan = demo.plan(CITY);
        assertThat(submissions).filteredOn(s -> s.status() == SubmissionStatus.ADOPTED)
                .allSatisfy(s -> assertThat(plan.require(s.topicId().orElseThrow()).source()).isEqualTo(TopicSource.PUBLIC_CALL));
        assertThat(submissions).filteredOn(s -> s.status() == SubmissionStatus.DECLINED).allSatisfy(s -> assertThat(s.reply()).isPresent());
    }

    @Test
    void keepsTheCitysCallWithItsPlanAndOpensNextYearsCallAroundToday() {
        assertThat(demo.plan(CITY).publicCall()).hasValueSatisfying(call -> assertThat(call.closesOn()).isBefore(LocalDate.of(2026, 1, 1)));
        ConsultationPlan next = demo.plans().find(CITY, 2027).orElseThrow();
        assertThat(next.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(next.publicCall()).hasValueSatisfying(call -> assertThat(call.isOpenOn(TODAY)).isTrue());
        assertThat(demo.submissions().of(CITY, 2027)).hasSize(2).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(SubmissionStatus.RECEIVED);
            assertThat(s.receivedOn()).isBeforeOrEqualTo(TODAY);
        });
    }

    @Test
    void givesOneCountyItsOwnShorterPlanApprovedByTheCountysPartyCommittee() {
        ConsultationPlan plan = demo.plan(YUNXIU);

        assertThat(plan.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(plan.approval().orElseThrow().by()).isEqualTo("中共云岫县委");
        assertThat(plan.topics()).hasSizeBetween(3, 6).extracting(Topic::source).containsAll(List.of(TopicSource.values()));
        assertThat(demo.ledBy(YUNXIU)).isNotEmpty();
        assertThat(demo.plans().find(WANGCHUAN, 2026)).isEmpty();
    }

    @Test
    void stopsEachActivityAtTheLastStepInThePastEarlierInTheYear() {
        LocalDate june = LocalDate.of(2026, 6, 10);
        Demo early = build(june);

        assertThat(early.plan(CITY).status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(early.all()).allSatisfy(activity -> activity.process().steps()
                .forEach(step -> assertThat(step.doneOn()).isBeforeOrEqualTo(june)));
        assertThat(early.summary().steps()).isLessThan(demo.summary().steps());
        assertThat(early.all().stream().filter(a -> a.process().isConsulted())).isNotEmpty();
    }

    @Test
    void loadsOnceOnly() {
        Demo fresh = build(TODAY);
        int before = fresh.all().size();

        Summary again = new ConsultationDemo(wiring(fresh, clockOn(TODAY), new ArrayList<>()), new DemoCalendar(clockOn(TODAY))).load();

        assertThat(again).isEqualTo(Summary.skipped());
        assertThat(fresh.all()).hasSize(before).hasSize(fresh.summary().activities());
    }

    @Test
    void givesTheSameDataOnEveryLoad() {
        assertThat(fingerprint(build(TODAY))).isEqualTo(fingerprint(demo));
    }

    private static List<String> fingerprint(Demo built) {
        List<String> lines = new ArrayList<>();
        built.plan(CITY).topics().forEach(t -> lines.add(t.id() + " " + t.title()));
        for (ConsultationActivity activity : built.all()) {
            lines.add(activity.title() + " " + activity.process().steps() + " " + activity.participants());
        }
        built.submissions().of(CITY, 2026).forEach(s -> lines.add(s.receipt() + " " + s.status()));
        return lines;
    }

    private static Demo build(LocalDate today) {
        Clock clock = clockOn(today);
        StorageUnderTest organisation = StorageUnderTest.inMemory();
        DemoOrganisation.load(organisation.committees(), organisation.sectors(), organisation.sectorGroups(), organisation.specialCommittees(),
                organisation.handlingUnits(), organisation.members(), organisation.liaisonGroups(), organisation.workstations(), clock);
        Demo empty = new Demo(organisation, new InMemoryConsultationPlans(), new InMemoryConsultationActivities(), new InMemoryPublicSubmissions(),
                new InMemoryActivities(), new ArrayList<>(), today, Summary.skipped());
        Summary summary = new ConsultationDemo(wiring(empty, clock, empty.outcomes()), new DemoCalendar(clock)).load();
        return new Demo(organisation, empty.plans(), empty.activities(), empty.submissions(), empty.meetings(), empty.outcomes(), today, summary);
    }

    private static ConsultationDemoWiring wiring(Demo demo, Clock clock, List<OutcomeReport> outcomes) {
        StorageUnderTest organisation = demo.organisation();
        ActivityAdministration meetings = new ActivityAdministration(organisation.committees(), organisation.sectors(),
                organisation.specialCommittees(), organisation.members(), demo.meetings(),
                new DutyRecorder(organisation.members(), new InMemoryDutyEvents(), clock), clock);
        ConsultationAdministration consultation = new ConsultationAdministration(organisation.committees(), demo.plans(), demo.activities(),
                meetings, outcomes::add, clock);
        return new ConsultationDemoWiring(organisation.committees(), organisation.members(), organisation.sectors(), organisation.specialCommittees(),
                demo.plans(), demo.submissions(), demo.meetings(), consultation, meetings, demo.activities(), outcomes::add);
    }

    private static Clock clockOn(LocalDate day) {
        return Clock.fixed(ZonedDateTime.of(day.atTime(9, 30), SHANGHAI).toInstant(), SHANGHAI);
    }
}
