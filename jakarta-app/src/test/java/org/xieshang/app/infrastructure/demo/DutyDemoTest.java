package org.xieshang.app.infrastructure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.Term;
import org.xieshang.domain.duty.DutyEvent;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.SourceType;
import org.xieshang.domain.inmemory.InMemoryActivities;
import org.xieshang.domain.inmemory.InMemoryDisciplinePolicies;
import org.xieshang.domain.inmemory.InMemoryDutyEvents;
import org.xieshang.domain.inmemory.InMemoryDutyReports;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberQuery;
import org.xieshang.domain.member.MemberSort;
import org.xieshang.domain.shared.PageRequest;
import org.xieshang.domain.testkit.StorageUnderTest;

class DutyDemoTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 15);
    private static final CommitteeId CITY = DemoIds.committee("CH");

    private static final List<DutyEvent> events = new ArrayList<>();

    @BeforeAll
    static void loadTheCitysDutyFiles() {
        Clock clock = Clock.fixed(ZonedDateTime.of(TODAY.atTime(9, 30), SHANGHAI).toInstant(), SHANGHAI);
        StorageUnderTest organisation = StorageUnderTest.inMemory();
        DemoOrganisation.load(organisation.committees(), organisation.sectors(), organisation.sectorGroups(), organisation.specialCommittees(),
                organisation.handlingUnits(), organisation.members(), organisation.liaisonGroups(), organisation.workstations(), clock);
        Committee city = organisation.committees().find(CITY).orElseThrow();
        Term term = city.termOn(TODAY).orElseThrow();
        List<Member> roster = new ArrayList<>(organisation.members().search(MemberQuery.of(CITY).withTerm(term.number())
                .sortedBy(MemberSort.CODE, true), PageRequest.of(0, PageRequest.MAX_SIZE)).items());
        roster.sort(Comparator.comparing(m -> m.code().value()));
        InMemoryDutyEvents duty = new InMemoryDutyEvents();
        new DutyDemo(new DutyDemoStorage(new InMemoryActivities(), duty, new InMemoryDisciplinePolicies(), new InMemoryDutyReports(), () -> {
        }), new DemoCalendar(clock)).load(city, term, roster, organisation.specialCommittees().listOf(CITY));
        duty.forEachOfCommittee(CITY, LocalDate.of(2024, 1, 1), TODAY, events::add);
    }

    @Test
    void inventsNoProposalOrSocialReportRecordsThisYearWhoseRealItemsCreditTheFiles() {
        assertThat(ofYear(2026)).extracting(e -> e.source().type()).doesNotContain(SourceType.PROPOSAL, SourceType.SOCIAL_REPORT);
        assertThat(ofYear(2026)).extracting(DutyEvent::kind).doesNotContain(DutyEventKind.PROPOSAL_LEAD, DutyEventKind.PROPOSAL_COSIGNED,
                DutyEventKind.PROPOSAL_FILED, DutyEventKind.REPORT_SUBMITTED, DutyEventKind.REPORT_ADOPTED);
    }

    @Test
    void keepsTheInventedProposalAndReportRecordsOfEarlierYearsAndThisYearsOtherRecords() {
        for (int year : List.of(2024, 2025)) {
            assertThat(ofYear(year)).extracting(DutyEvent::kind).as("%d", year).contains(DutyEventKind.PROPOSAL_LEAD, DutyEventKind.PROPOSAL_COSIGNED,
                    DutyEventKind.PROPOSAL_FILED, DutyEventKind.REPORT_SUBMITTED, DutyEventKind.REPORT_ADOPTED);
        }
        assertThat(ofYear(2026)).extracting(DutyEvent::kind).contains(DutyEventKind.PUBLIC_CONTACT, DutyEventKind.WORKSTATION_DUTY,
                DutyEventKind.SPEECH_WRITTEN, DutyEventKind.RESEARCH_REPORT, DutyEventKind.ATTENDED_OTHER_ACTIVITY);
    }

    private static List<DutyEvent> ofYear(int year) {
        return events.stream().filter(e -> e.occurredOn().getYear() == year).toList();
    }
}
