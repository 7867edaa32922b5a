package org.xieshang.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.xieshang.domain.activity.ActivityAdministration;
import org.xieshang.domain.activity.ActivityDraft;
import org.xieshang.domain.activity.ActivityKind;
import org.xieshang.domain.activity.Audience;
import org.xieshang.domain.activity.DutyActivity;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.CommitteeLevel;
import org.xieshang.domain.duty.DutyEventDraft;
import org.xieshang.domain.duty.DutyEventKind;
import org.xieshang.domain.duty.DutyEventPublisher;
import org.xieshang.domain.duty.DutyRecorder;
import org.xieshang.domain.duty.SourceRef;
import org.xieshang.domain.duty.SourceType;
import org.xieshang.domain.duty.discipline.DisciplinePreset;
import org.xieshang.domain.duty.discipline.DisciplineRuleTypes;
import org.xieshang.domain.duty.discipline.Finding;
import org.xieshang.domain.duty.evaluation.DutyAssessment;
import org.xieshang.domain.duty.evaluation.DutyFacts;
import org.xieshang.domain.duty.evaluation.EvaluationSummary;
import org.xieshang.domain.duty.scoring.ExampleScheme;
import org.xieshang.domain.duty.scoring.ScoreLine;
import org.xieshang.domain.duty.scoring.ScoringRuleTypes;
import org.xieshang.domain.inmemory.InMemoryActivities;
import org.xieshang.domain.inmemory.InMemoryCommittees;
import org.xieshang.domain.inmemory.InMemoryDisciplinePolicies;
import org.xieshang.domain.inmemory.InMemoryDutyEvents;
import org.xieshang.domain.inmemory.InMemoryFindings;
import org.xieshang.domain.inmemory.InMemoryMembers;
import org.xieshang.domain.inmemory.InMemoryScoringSchemes;
import org.xieshang.domain.inmemory.InMemorySectorGroups;
import org.xieshang.domain.inmemory.InMemorySectors;
import org.xieshang.domain.inmemory.InMemorySpecialCommittees;
import org.xieshang.domain.member.DecisionDraft;
import org.xieshang.domain.member.DecisionKind;
import org.xieshang.domain.member.Ethnicity;
import org.xieshang.domain.member.Gender;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberCode;
import org.xieshang.domain.member.MemberId;
import org.xieshang.domain.member.MemberProfile;
import org.xieshang.domain.member.MemberRegistry;
import org.xieshang.domain.member.PartyAffiliation;
import org.xieshang.domain.sector.Sector;
import org.xieshang.domain.sector.SectorAdministration;

/**
 * Embedding the duty files: a meeting with attendance taken in one call, a proposal published into the duty file by
 * another module through the {@link DutyEventPublisher} port, a year scored under the example scheme with every point
 * traced, and the Yueqing rules raising a finding — all on in-memory storage and the JDK.
 */
public final class DutyFileExample {


    private DutyFileExample() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Two members attend (or skip) the 2025 plenary session; one leads a proposal; the year is scored and the rules run
     * in January 2026.
     *
     * @param out where the story is told, not null
     */
    public static void run(PrintStream out) {
        StoryClock clock = new StoryClock(LocalDateTime.of(2024, 12, 1, 9, 0));
        InMemoryCommittees committees = new InMemoryCommittees();
        InMemorySectors sectors = new InMemorySectors();
        InMemoryMembers members = new InMemoryMembers();
        InMemoryActivities activities = new InMemoryActivities();
        InMemoryDutyEvents events = new InMemoryDutyEvents();
        InMemoryScoringSchemes schemes = new InMemoryScoringSchemes();
        DutyRecorder recorder = new DutyRecorder(members, events, clock);
        ActivityAdministration meetings = new ActivityAdministration(committees, sectors, new InMemorySpecialCommittees(), members, activities,
                recorder, clock);
        DutyAssessment assessment = new DutyAssessment(committees, members, events, new DutyFacts(members, events, activities, schemes), schemes,
                new InMemoryDisciplinePolicies(), new InMemoryFindings(), ScoringRuleTypes.builtIn(), DisciplineRuleTypes.builtIn(), clock);

        Committee committee = committees.save(Committee.establish(CommitteeId.generate(), "政协示例县委员会", CommitteeLevel.COUNTY, Optional.empty(),
                "示例县").openTerm(9, LocalDate.of(2022, 1, 8), LocalDate.of(2027, 1, 7))
                .schedulePlenarySession(9, LocalDate.of(2025, 1, 13), LocalDate.of(2025, 1, 15)));
        Sector economy = new SectorAdministration(committees, sectors, new InMemorySectorGroups(), members)
                .add(committee.id(), "经济");
        MemberRegistry registry = new MemberRegistry(committees, sectors, members, clock);
        Member diligent = appoint(registry, committee, economy, "E001", "林晓燕");
        Member absent = appoint(registry, committee, economy, "E002", "王海涛");

        assessment.adoptPreset(committee.id(), 0, DisciplinePreset.YUEQING);
        clock.setTo(LocalDateTime.of(2025, 1, 6, 9, 0));
        DutyActivity plenary = meetings.schedule(committee.id(), new ActivityDraft(9, ActivityKind.PLENARY_SESSION, "九届四次会议",
                LocalDateTime.of(2025, 1, 13, 9, 0), LocalDateTime.of(2025, 1, 15, 12, 0), Optional.of("县会议中心"), "办公室", Optional.empty(),
                Audience.allMembers(true)));
        clock.setTo(LocalDateTime.of(2025, 1, 13, 10, 0));
        meetings.recordAttendance(plenary.id(), plenary.version(), Map.of(diligent.id(), true, absent.id(), false));
        out.println("出席登记：" + plenary.details().title() + "，邀请 " + plenary.invitations().size() + " 人");

        // Another module (proposals) credits the duty file through the port, naming its own record.
        DutyEventPublisher publisher = recorder;
        clock.setTo(LocalDateTime.of(2025, 2, 20, 10, 0));
        publisher.publish(new DutyEventDraft(committee.id(), diligent.id(), DutyEventKind.PROPOSAL_LEAD, LocalDate.of(2025, 1, 14),
                SourceRef.of(SourceType.PROPOSAL, "2025-031"), "关于加快县域养老服务体系建设的提案"));

        clock.setTo(LocalDateTime.of(2025, 3, 1, 9, 0));
        assessment.reviseScheme(committee.id(), 9, 2025, 0, ExampleScheme.draft(), "示例管理员");
        // The year is judged once it is over.
        clock.setTo(LocalDateTime.of(2026, 1, 10, 9, 0));
        EvaluationSummary summary = assessment.evaluate(committee.id(), 9, 2025);
        for (ScoreLine line : assessment.trace(diligent.id(), 2025).orElseThrow().lines()) {
            out.println(diligent.profile().name() + " " + line.itemLabel() + " " + line.points() + " ← " + line.event().map(e -> e.title()).orElse(""));
        }
        summary.members().forEach(m -> out.println(name(members, m.year().memberId()) + " 2025年得分 " + m.score().orElseThrow().total() + " "
                + m.score().orElseThrow().grade()));
        for (Finding finding : summary.newFindings()) {
            out.println("预警：" + name(members, finding.memberId()) + " " + finding.explanation(Locale.CHINA));
        }
    }

    private static Member appoint(MemberRegistry registry, Committee committee, Sector sector, String code, String name) {
        MemberProfile profile = MemberProfile.builder().name(name).gender(Gender.FEMALE).ethnicity(Ethnicity.HAN)
                .dateOfBirth(LocalDate.of(1975, 3, 8)).party(PartyAffiliation.CDL).workUnit("示例县第一中学").build();
        return registry.register(committee.id(), MemberCode.of(code), profile, new DecisionDraft(DecisionKind.APPOINTMENT, 9,
                Optional.of(sector.id()), "全体会议", LocalDate.of(2022, 1, 8), LocalDate.of(2022, 1, 8), "九届一次会议选举产生", Optional.empty()));
    }

    private static String name(InMemoryMembers members, MemberId id) {
        return members.require(id).profile().name();
    }
}
