package org.xieshang.app.infrastructure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.calendar.CommitteeCalendars;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.DutyRecorder;
import org.xieshang.domain.duty.SourceRef;
import org.xieshang.domain.duty.SourceType;
import org.xieshang.domain.inmemory.InMemoryDutyEvents;
import org.xieshang.domain.inmemory.InMemoryProposals;
import org.xieshang.domain.inmemory.InMemorySocialReports;
import org.xieshang.domain.inmemory.InMemoryWorkingCalendars;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.MemberQuery;
import org.xieshang.domain.member.MemberSort;
import org.xieshang.domain.notification.Notice;
import org.xieshang.domain.proposal.Alert;
import org.xieshang.domain.proposal.AlertKind;
import org.xieshang.domain.proposal.AnswerResult;
import org.xieshang.domain.proposal.CoSignStatus;
import org.xieshang.domain.proposal.Handling;
import org.xieshang.domain.proposal.HandlingMode;
import org.xieshang.domain.proposal.HandlingPeriods;
import org.xieshang.domain.proposal.ProposalAction;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalAlerts;
import org.xieshang.domain.proposal.ProposalOrigin;
import org.xieshang.domain.proposal.ProposalQuery;
import org.xieshang.domain.proposal.ProposalStatus;
import org.xieshang.domain.proposal.ProposerKind;
import org.xieshang.domain.proposal.Satisfaction;
import org.xieshang.domain.proposal.Transition;
import org.xieshang.domain.proposal.UnitTask;
import org.xieshang.domain.shared.PageRequest;
import org.xieshang.domain.socialreport.ReportEditorial;
import org.xieshang.domain.socialreport.SocialReport;
import org.xieshang.domain.testkit.StorageUnderTest;

class ProposalDemoTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 15);
    private static final CommitteeId CITY = DemoIds.committee("CH");
    private static final CommitteeId WANGCHUAN = DemoIds.committee("WC");
    private static final CommitteeId YUNXIU = DemoIds.committee("YX");
    private static final List<CommitteeId> ALL = List.of(CITY, WANGCHUAN, YUNXIU);

    private static Demo demo;

    /** The demo organisation and its proposals, on in-memory storage, with what went to the feed and the duty files. */
    private record Demo(StorageUnderTest organisation, InMemoryProposals proposals, InMemoryDutyEvents duty, List<SocialReport> reports,
                        List<Proposal> published, List<Notice> notices, Clock clock, ProposalDemo.Summary summary) {

        List<Proposal> of(CommitteeId committee) {
            return proposals.all(ProposalQuery.of(committee, today().getYear()));
        }

        List<Proposal> all() {
            return ALL.stream().flatMap(c -> of(c).stream()).toList();
        }

        LocalDate today() {
            return LocalDate.now(clock);
        }

        List<Alert> alerts(CommitteeId committee) {
            return new ProposalAlerts(HandlingPeriods.DEFAULTS).of(of(committee), today(),
                    new CommitteeCalendars(new InMemoryWorkingCalendars()).calendarOf(committee));
        }

        /** @return the demo member account's member: the committee's first by code */
        Member demoMember(CommitteeId committee) {
            return organisation.members().search(MemberQuery.of(committee).sortedBy(MemberSort.CODE, true), PageRequest.of(0, 1)).items().get(0);
        }
    }

    @BeforeAll
    static void buildOnce() {
        demo = build(TODAY);
        System.out.println(demo.summary().describe());
    }

    @Test
    void givesTheCityProposalsInEveryStatusAndEachCountyInEveryStatusButWithdrawn() {
        assertThat(demo.of(CITY)).extracting(Proposal::status).containsAll(EnumSet.allOf(ProposalStatus.class));
        for (CommitteeId county : List.of(WANGCHUAN, YUNXIU)) {
            assertThat(demo.of(county)).extracting(Proposal::status).containsAll(EnumSet.complementOf(EnumSet.of(ProposalStatus.WITHDRAWN)));
        }
        assertThat(demo.summary().committees()).hasSize(3).allSatisfy(load -> assertThat(load.total()).isBetween(15, 30));
        assertThat(demo.summary().committees().get(0).total()).isEqualTo(demo.of(CITY).size()).isEqualTo(CityProposals.all().size());
    }

    @Test
    void makesSomeProposalsOverdueAndSomeDueWithinTheWarningPeriodInEveryCommittee() {
        for (CommitteeId committee : ALL) {
            List<Alert> alerts = demo.alerts(committee);
            assertThat(alerts).extracting(Alert::kind).as("%s", committee)
                    .contains(AlertKind.OVERDUE, AlertKind.DUE_SOON, AlertKind.NOT_ACKNOWLEDGED, AlertKind.EXTENSION_PENDING,
                            AlertKind.AWAITING_RATING);
            assertThat(alerts.stream().filter(a -> a.kind() == AlertKind.OVERDUE)).hasSizeGreaterThanOrEqualTo(3);
            assertThat(alerts.stream().filter(a -> a.kind() == AlertKind.DUE_SOON)).hasSizeGreaterThanOrEqualTo(2);
        }
        assertThat(demo.summary().committees()).allSatisfy(load -> {
            assertThat(load.overdue()).isGreaterThanOrEqualTo(3);
            assertThat(load.dueSoon()).isGreaterThanOrEqualTo(2);
            assertThat(load.uncoveredYear()).isEmpty();
        });
    }

    @Test
    void datesEveryStepInOrderFromTheSessionAndNeverAfterToday() {
        Instant now = demo.clock().instant();
        assertThat(demo.all()).allSatisfy(p -> {
            assertThat(p.history()).extracting(Transition::at).isSorted().allSatisfy(at -> assertThat(at).isBeforeOrEqualTo(now));
            assertThat(days(p)).allSatisfy(day -> assertThat(day).isBeforeOrEqualTo(TODAY).isAfter(LocalDate.of(2025, 12, 1)));
            p.handling().ifPresent(h -> assertThat(h.deadline()).isAfter(h.assignedOn()).hasYear(2026));
        });
        assertThat(demo.of(CITY)).filteredOn(p -> p.origin() == ProposalOrigin.PLENARY_SESSION && p.status() != ProposalStatus.DRAFT)
                .allSatisfy(p -> assertThat(p.history().stream().filter(t -> t.action() == ProposalAction.SUBMIT).findFirst().orElseThrow().at())
                        .as("handed in during the session").isBetween(at(LocalDate.of(2026, 1, 12)), at(LocalDate.of(2026, 1, 15))));
    }

    @Test
    void givesTheDemoMemberAnAnswerToRateADraftAndAnInvitationButNoSocialConditionReport() {
        MemberId member = demo.demoMember(CITY).id();
        List<Proposal> own = demo.of(CITY).stream().filter(p -> p.concerns(member)).toList();

        assertThat(own).filteredOn(p -> p.proposer().leadMember().orElseThrow().equals(member)).extracting(Proposal::status)
                .containsExactlyInAnyOrder(ProposalStatus.DRAFT, ProposalStatus.ANSWERED);
        assertThat(own).filteredOn(p -> p.coSigner(member).isPresent()).singleElement()
                .satisfies(p -> assertThat(p.coSigner(member).orElseThrow().status()).isEqualTo(CoSignStatus.INVITED));
        assertThat(own).as("on the first page of the member's proposals, beside those the tests add").hasSizeLessThan(10);
        assertThat(demo.reports()).extracting(SocialReport::submitter).doesNotContain(member);
        assertThat(demo.reports()).allSatisfy(r -> assertThat(r.coAuthors()).doesNotContain(member));
        assertThat(demo.notices()).anyMatch(n -> n.recipient().id().equals(member.toString()));
    }

    @Test
    void givesTheCitysEducationBureauAssignmentsToAcknowledgeToCountersignToAnswerOverdueAndDone() {
        HandlingUnit bureau = demo.organisation().handlingUnits().ofCommittee(CITY, true).stream().filter(u -> u.name().equals("澄湖市教育局"))
                .findFirst().orElseThrow();
        List<Proposal> assigned = demo.of(CITY).stream().filter(p -> p.isAssignedTo(bureau.id())).toList();

        assertThat(assigned).extracting(Proposal::status).contains(ProposalStatus.ASSIGNED, ProposalStatus.HANDLING, ProposalStatus.ANSWERED,
                ProposalStatus.RATED, ProposalStatus.CLOSED);
        assertThat(assigned).anySatisfy(p -> assertThat(task(p, bureau).acknowledgedOn()).isEmpty());
        assertThat(assigned).anySatisfy(p -> assertThat(p.isOverdue(TODAY)).isTrue());
        assertThat(assigned).anySatisfy(p -> assertThat(p.handling().orElseThrow().missingCountersigns()).contains(bureau.id()));
        assertThat(assigned).anySatisfy(p -> {
            assertThat(p.status()).isEqualTo(ProposalStatus.HANDLING);
            assertThat(p.deadline().orElseThrow()).isAfter(TODAY).isBefore(TODAY.plusDays(10));
        });
        assertThat(assigned).as("on the first page of the unit's assignments, beside those the tests add").hasSizeBetween(5, 10);
    }

    @Test
    void creditsTheSignatoriesOfEveryFiledMemberProposalAndTheLeadOfEveryKeyProposal() {
        List<Proposal> filed = demo.all().stream().filter(p -> p.number().isPresent() && p.proposer().kind().isMember()).toList();

        assertThat(filed).isNotEmpty().allSatisfy(p -> {
            MemberId lead = p.proposer().leadMember().orElseThrow();
            assertThat(kinds(lead, p)).contains(DutyEventKind.PROPOSAL_LEAD, DutyEventKind.PROPOSAL_FILED);
            p.signatories().stream().skip(1).forEach(coSigner -> assertThat(kinds(coSigner, p)).containsExactly(DutyEventKind.PROPOSAL_COSIGNED));
            if (p.key().isPresent()) {
                assertThat(kinds(lead, p)).contains(DutyEventKind.PROPOSAL_KEY);
            }
        });
        assertThat(filed.stream().filter(p -> p.signatories().size() > 1)).isNotEmpty();
    }

    @Test
    void putsEveryChangeOfASubmittedProposalIntoTheFeedEndingWithTheProposalAsItIs() {
        Map<String, Proposal> latest = new HashMap<>();
        demo.published().forEach(p -> latest.put(p.id().toString(), p));
        List<Proposal> submitted = demo.all().stream().filter(p -> p.history().stream().anyMatch(t -> t.action() == ProposalAction.SUBMIT)).toList();

        assertThat(submitted).allSatisfy(p -> assertThat(latest.get(p.id().toString())).isEqualTo(p));
        long entries = demo.published().stream().filter(p -> p.history().stream().anyMatch(t -> t.action() == ProposalAction.SUBMIT)).count();
        assertThat(entries).as("feed entries: a full read of the feed (1000 at most) must still reach what the tests add").isLessThan(700);
    }

    @Test
    void coversTheOfficesDecisionsKeyProposalsBundlesSecondRoundsAndGrades() {
        List<Proposal> city = demo.of(CITY);

        Proposal merged = city.stream().filter(p -> p.status() == ProposalStatus.MERGED).findFirst().orElseThrow();
        assertThat(demo.proposals().require(merged.filing().orElseThrow().mergedInto().orElseThrow()).number()).isPresent();
        assertThat(city).filteredOn(p -> p.status() == ProposalStatus.NOT_FILED)
                .allSatisfy(p -> assertThat(p.filing().orElseThrow().reason()).isPresent());
        Proposal converted = city.stream().filter(p -> p.status() == ProposalStatus.CONVERTED).findFirst().orElseThrow();
        assertThat(demo.reports()).anySatisfy(r -> assertThat(r.origin()).contains(converted.id()));
        assertThat(demo.reports()).hasSize(3);

        assertThat(city).filteredOn(p -> p.key().isPresent()).hasSize(3)
                .anySatisfy(p -> assertThat(p.key().orElseThrow().leadingLeaders()).containsExactly("市委书记 周明远", "市长 陈立华"));
        List<Handling> handled = city.stream().flatMap(p -> p.handling().stream()).toList();
        assertThat(handled).filteredOn(h -> h.mode() == HandlingMode.BUNDLED).hasSize(3).extracting(Handling::bundle).containsOnly(
                handled.stream().filter(h -> h.mode() == HandlingMode.BUNDLED).findFirst().orElseThrow().bundle());
        assertThat(handled).extracting(Handling::mode).contains(HandlingMode.SEPARATE, HandlingMode.JOINT, HandlingMode.SPECIAL);
        assertThat(handled.stream().flatMap(h -> h.answers().stream()).map(a -> a.result()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(AnswerResult.values());
        assertThat(handled.stream().flatMap(h -> h.ratings().stream()).map(r -> r.satisfaction()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Satisfaction.values());
        assertThat(handled).anySatisfy(h -> assertThat(h.round()).isEqualTo(2));
        assertThat(handled).filteredOn(h -> h.supervision().isPresent()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(handled).anySatisfy(h -> assertThat(h.extensions()).anySatisfy(e -> assertThat(e.granted()).isTrue()));
        assertThat(handled).anySatisfy(h -> assertThat(h.extensions()).anySatisfy(e -> assertThat(e.granted()).isFalse()));
        assertThat(handled).anySatisfy(h -> assertThat(h.communications()).hasSizeGreaterThanOrEqualTo(3));
        assertThat(city).extracting(p -> p.proposer().kind()).contains(ProposerKind.MEMBER, ProposerKind.SECTOR, ProposerKind.PARTY,
                ProposerKind.SPECIAL_COMMITTEE);
    }

    @Test
    void leavesEveryCommitteeAProposalOfAnotherMemberAssignedToNoUnitForTheAuthorisationMatrix() {
        for (CommitteeId committee : ALL) {
            MemberId first = demo.demoMember(committee).id();
            assertThat(demo.of(committee)).as("%s", committee).anySatisfy(p -> {
                assertThat(p.status()).isNotEqualTo(ProposalStatus.DRAFT);
                assertThat(p.concerns(first)).isFalse();
                assertThat(p.handling()).isEmpty();
            });
        }
    }

    @Test
    void loadsOnceOnly() {
        Demo fresh = build(TODAY);
        int before = fresh.all().size();

        ProposalDemo.Summary again = new ProposalDemo(wiring(fresh), fresh.clock()).load();

        assertThat(again.loaded()).isFalse();
        assertThat(fresh.all()).hasSize(before);
    }

    @Test
    void stopsEachProposalAtItsLastStepInThePastEarlierInTheYear() {
        LocalDate june = LocalDate.of(2026, 6, 10);
        Demo early = build(june);

        assertThat(early.all()).isNotEmpty().allSatisfy(p -> assertThat(days(p)).allSatisfy(day -> assertThat(day).isBeforeOrEqualTo(june)));
        assertThat(early.of(CITY)).extracting(Proposal::status).contains(ProposalStatus.FILED, ProposalStatus.HANDLING, ProposalStatus.ANSWERED);
        assertThat(early.of(CITY).stream().filter(p -> p.status() == ProposalStatus.CLOSED)).hasSizeLessThan(
                (int) demo.of(CITY).stream().filter(p -> p.status() == ProposalStatus.CLOSED).count());
    }

    /** @return every day the proposal records an act on */
    private static List<LocalDate> days(Proposal p) {
        List<LocalDate> days = new ArrayList<>();
        p.history().forEach(t -> days.add(LocalDate.ofInstant(t.at(), SHANGHAI)));
        p.filing().ifPresent(f -> days.add(f.decidedOn()));
        p.key().ifPresent(k -> days.add(k.designatedOn()));
        p.handling().ifPresent(h -> {
            days.add(h.assignedOn());
            h.tasks().forEach(t -> t.acknowledgedOn().ifPresent(days::add));
            h.tasks().forEach(t -> t.countersign().ifPresent(c -> days.add(c.signedOn())));
            h.communications().forEach(c -> days.add(c.on()));
            h.pendingExtension().ifPresent(r -> days.add(r.requestedOn()));
            h.extensions().forEach(e -> days.addAll(List.of(e.request().requestedOn(), e.decidedOn())));
            h.answers().forEach(a -> days.add(a.answeredOn()));
            h.ratings().forEach(r -> days.add(r.ratedOn()));
            h.supervision().ifPresent(s -> days.add(s.gradedOn()));
        });
        return days;
    }

    private static List<DutyEventKind> kinds(MemberId member, Proposal p) {
        SourceRef source = SourceRef.of(SourceType.PROPOSAL, p.id());
        return demo.duty().ofMember(member, LocalDate.of(2026, 1, 1), TODAY).stream().filter(e -> e.source().equals(source)).map(DutyEvent::kind)
                .toList();
    }

    private static UnitTask task(Proposal p, HandlingUnit unit) {
        return p.handling().orElseThrow().task(unit.id()).orElseThrow();
    }

    private static Instant at(LocalDate day) {
        return day.atStartOfDay(SHANGHAI).toInstant();
    }

    private static Demo build(LocalDate today) {
        Clock clock = Clock.fixed(ZonedDateTime.of(today.atTime(16, 30), SHANGHAI).toInstant(), SHANGHAI);
        StorageUnderTest organisation = StorageUnderTest.inMemory();
        DemoOrganisation.load(organisation.committees(), organisation.sectors(), organisation.sectorGroups(), organisation.specialCommittees(),
                organisation.handlingUnits(), organisation.members(), organisation.liaisonGroups(), organisation.workstations(), clock);
        Demo empty = new Demo(organisation, new InMemoryProposals(), new InMemoryDutyEvents(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), clock, null);
        ProposalDemo.Summary summary = new ProposalDemo(wiring(empty), clock).load();
        return new Demo(organisation, empty.proposals(), empty.duty(), empty.reports(), empty.published(), empty.notices(), clock, summary);
    }

    private static ProposalDemoWiring wiring(Demo demo) {
        StorageUnderTest organisation = demo.organisation();
        DutyRecorder duty = new DutyRecorder(organisation.members(), demo.duty(), demo.clock());
        ReportEditorial editorial = new ReportEditorial(new InMemorySocialReports(), duty, demo.notices()::add, demo.clock());
        return new ProposalDemoWiring(organisation.committees(), organisation.members(), organisation.handlingUnits(), demo.proposals(),
                new CommitteeCalendars(new InMemoryWorkingCalendars()), HandlingPeriods.DEFAULTS, duty, demo.notices()::add,
                (converted, act) -> demo.reports().add(editorial.fromProposal(converted, act)), demo.published()::add);
    }
}
