package org.xieshang.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.xieshang.domain.calendar.CommitteeCalendars;
import org.xieshang.domain.committee.Committee;
import org.xieshang.domain.committee.CommitteeId;
import org.xieshang.domain.committee.CommitteeLevel;
import org.xieshang.domain.committee.HandlingUnit;
import org.xieshang.domain.committee.HandlingUnitId;
import org.xieshang.domain.committee.HandlingUnitKind;
import org.xieshang.domain.duty.DutyRecorder;
import org.xieshang.domain.inmemory.InMemoryCommittees;
import org.xieshang.domain.inmemory.InMemoryDutyEvents;
import org.xieshang.domain.inmemory.InMemoryHandlingUnits;
import org.xieshang.domain.inmemory.InMemoryMembers;
import org.xieshang.domain.inmemory.InMemoryProposals;
import org.xieshang.domain.inmemory.InMemorySectorGroups;
import org.xieshang.domain.inmemory.InMemorySectors;
import org.xieshang.domain.inmemory.InMemoryWorkingCalendars;
import org.xieshang.domain.member.Ethnicity;
import org.xieshang.domain.member.Gender;
import org.xieshang.domain.member.DecisionDraft;
import org.xieshang.domain.member.DecisionKind;
import org.xieshang.domain.member.Member;
import org.xieshang.domain.member.MemberCode;
import org.xieshang.domain.member.MemberRegistry;
import org.xieshang.domain.member.MemberProfile;
import org.xieshang.domain.member.PartyAffiliation;
import org.xieshang.domain.notification.Notifier;
import org.xieshang.domain.proposal.AnswerResult;
import org.xieshang.domain.proposal.HandlingMode;
import org.xieshang.domain.proposal.HandlingPeriods;
import org.xieshang.domain.proposal.Proposal;
import org.xieshang.domain.proposal.ProposalCategory;
import org.xieshang.domain.proposal.ProposalContent;
import org.xieshang.domain.proposal.ProposalConversions;
import org.xieshang.domain.proposal.ProposalOffice;
import org.xieshang.domain.proposal.ProposalOrigin;
import org.xieshang.domain.proposal.ProposalQuery;
import org.xieshang.domain.proposal.ProposalStatistics;
import org.xieshang.domain.proposal.Proposer;
import org.xieshang.domain.proposal.ProposerDesk;
import org.xieshang.domain.proposal.Satisfaction;
import org.xieshang.domain.proposal.UnitDesk;
import org.xieshang.domain.sector.Sector;
import org.xieshang.domain.sector.SectorAdministration;
import org.xieshang.domain.shared.DomainException;
import org.xieshang.domain.shared.DomainMessages;

/**
 * A proposal (提案) handled on the domain core alone, as a vendor's proposal system would embed it: a member's
 * proposal filed and credited to the duty file, assigned to a lead and a co-handling unit with its deadline counted
 * in working days across the 2026 holidays, a deadline on Labour Day refused, answered once the co-unit has
 * countersigned, rated by the proposer and closed; then the committee's coverage of "every item an answer".
 */
public final class ProposalExample {

    private ProposalExample() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * @param out where the story is told, not null
     */
    public static void run(PrintStream out) {
        StoryClock clock = new StoryClock(LocalDateTime.of(2026, 1, 20, 9, 0));
        InMemoryCommittees committees = new InMemoryCommittees();
        InMemorySectors sectors = new InMemorySectors();
        InMemoryMembers members = new InMemoryMembers();
        Committee city = committees.save(Committee.establish(CommitteeId.generate(), "政协示例市委员会", CommitteeLevel.CITY, Optional.empty(), "示例市")
                .openTerm(13, LocalDate.of(2022, 1, 10), LocalDate.of(2027, 1, 9)));
        CommitteeId committee = city.id();
        Sector education = new SectorAdministration(committees, sectors, new InMemorySectorGroups(), members).add(committee, "教育");
        InMemoryDutyEvents events = new InMemoryDutyEvents();
        InMemoryProposals proposals = new InMemoryProposals();
        InMemoryHandlingUnits units = new InMemoryHandlingUnits();
        Notifier notices = notice -> out.println("通知：" + DomainMessages.format(notice.code(), Locale.CHINA, notice.arguments().toArray()));
        ProposerDesk proposers = new ProposerDesk(proposals, members, Notifier.discarding(), clock);
        ProposalOffice office = new ProposalOffice(proposals, units, new CommitteeCalendars(new InMemoryWorkingCalendars()), HandlingPeriods.DEFAULTS,
                new DutyRecorder(members, events, clock), ProposalConversions.none(), notices, clock);
        UnitDesk desk = new UnitDesk(proposals, Notifier.discarding(), clock);

        Member lead = new MemberRegistry(committees, sectors, members, clock).register(committee, MemberCode.of("C001"), MemberProfile.builder()
                .name("林晓燕").gender(Gender.FEMALE).ethnicity(Ethnicity.HAN).dateOfBirth(LocalDate.of(1975, 3, 8)).party(PartyAffiliation.CDL)
                .workUnit("示例市第一中学").build(), new DecisionDraft(DecisionKind.APPOINTMENT, 13, Optional.of(education.id()), "全体会议",
                LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 10), "十三届一次会议选举产生", Optional.empty()));
        HandlingUnitId bureau = unit(units, committee, "示例市教育局");
        HandlingUnitId finance = unit(units, committee, "示例市财政局");

        Proposal p = proposers.draft(committee, 2026, ProposalOrigin.PLENARY_SESSION, Proposer.member(lead.id()), new ProposalContent(
                "关于推进义务教育优质均衡发展的建议", "城乡学校差距仍然较大。", "一、教师轮岗；二、集团化办学。", ProposalCategory.EDUCATION_SCIENCE));
        p = proposers.submit(p.id(), p.version(), "林晓燕");
        clock.setTo(LocalDateTime.of(2026, 2, 2, 9, 0));
        p = office.file(p.id(), p.version(), null, "提案委");
        out.println("立案：第 " + p.number().orElseThrow() + " 号，履职记录 " + events.ofMember(lead.id(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)).size() + " 条");

        clock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        try {
            office.assign(p.id(), p.version(), HandlingMode.JOINT, bureau, List.of(finance), Optional.of(LocalDate.of(2026, 5, 1)), "提案委");
        } catch (DomainException e) {
            out.println("拒绝：" + e.localizedMessage(Locale.CHINA));
        }
        p = office.assign(p.id(), p.version(), HandlingMode.JOINT, bureau, List.of(finance), Optional.empty(), "提案委");
        out.println("交办：办理期限 " + p.deadline().orElseThrow() + "（65 个工作日）");

        clock.setTo(LocalDateTime.of(2026, 3, 3, 9, 0));
        p = desk.acknowledge(p.id(), p.version(), bureau, "教育局");
        clock.setTo(LocalDateTime.of(2026, 5, 20, 9, 0));
        try {
            desk.answer(p.id(), p.version(), bureau, AnswerResult.SOLVED, "已解决。", "教育局");
        } catch (DomainException e) {
            out.println("拒绝：" + e.localizedMessage(Locale.CHINA));
        }
        p = desk.countersign(p.id(), p.version(), finance, "已安排专项资金。", "财政局");
        p = desk.answer(p.id(), p.version(), bureau, AnswerResult.BEING_SOLVED, "已纳入年度民生实事，正在推进。", "教育局");
        clock.setTo(LocalDateTime.of(2026, 5, 25, 9, 0));
        p = proposers.rate(p.id(), p.version(), lead.id(), Satisfaction.SATISFIED, true, null, "林晓燕");
        p = office.close(p.id(), p.version(), null, "提案委");

        ProposalStatistics statistics = ProposalStatistics.of(proposals.all(ProposalQuery.of(committee, 2026)), LocalDate.of(2026, 5, 25));
        out.println("办理过程：" + p.history().size() + " 步，答复类别 " + DomainMessages.label(AnswerResult.BEING_SOLVED, Locale.CHINA));
        out.println("件件有回音：" + Math.round(statistics.committee().coverage() * 100) + "%");
    }

    private static HandlingUnitId unit(InMemoryHandlingUnits units, CommitteeId committee, String name) {
        return units.save(HandlingUnit.register(HandlingUnitId.generate(), committee, name, HandlingUnitKind.GOVERNMENT_DEPARTMENT, null, null)).id();
    }
}
